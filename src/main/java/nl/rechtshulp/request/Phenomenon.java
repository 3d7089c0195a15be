package nl.rechtshulp.request;

/** The crime phenomenon a request serves, as the policy letter's reports count it. */
public enum Phenomenon {
    COCAINE, SYNTHETIC_DRUGS, CANNABIS, MONEY_LAUNDERING, OTHER
}

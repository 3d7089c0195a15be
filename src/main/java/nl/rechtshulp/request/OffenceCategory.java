package nl.rechtshulp.request;

/** Broad kind of offence; the decision tables use it to suggest the competent IRC and executing service. */
public enum OffenceCategory {
    DRUG_TRAFFICKING, MONEY_LAUNDERING, FISCAL_FRAUD, CUSTOMS_OFFENCE, MIGRANT_SMUGGLING, HUMAN_TRAFFICKING,
    CYBERCRIME, VIOLENT_CRIME, ORGANISED_CRIME, OTHER
}

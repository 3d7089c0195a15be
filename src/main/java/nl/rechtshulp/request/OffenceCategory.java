package nl.rechtshulp.request;

/**
 * Broad kind of offence; the decision tables use it to suggest the competent IRC and executing service, and the treaty
 * register to tell whether a convention limited to some offences (the UN conventions) covers the request.
 */
public enum OffenceCategory {
    DRUG_TRAFFICKING, MONEY_LAUNDERING, FISCAL_FRAUD, CUSTOMS_OFFENCE, MIGRANT_SMUGGLING, HUMAN_TRAFFICKING,
    CYBERCRIME, VIOLENT_CRIME, ORGANISED_CRIME, CORRUPTION, OTHER
}

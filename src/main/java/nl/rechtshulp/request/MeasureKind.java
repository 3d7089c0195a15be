package nl.rechtshulp.request;

/**
 * What kind of investigative measure is asked for. Whether Dutch law needs the rechter-commissaris for it and whether
 * it is open to a complaint is policy, in {@code MeasureAuthorisationDecision}; {@code OTHER} leaves both to the
 * registration's own mark (coercive or not).
 */
public enum MeasureKind {
    BANK_RECORDS,
    PRODUCTION_ORDER,
    SEARCH_OF_PREMISES,
    SEIZURE,
    FREEZING,
    INTERCEPTION,
    OBSERVATION,
    WITNESS_HEARING,
    SUSPECT_HEARING,
    VIDEOCONFERENCE_HEARING,
    EXPERT_REPORT,
    DNA_SAMPLE,
    SERVICE_OF_DOCUMENTS,
    OTHER
}

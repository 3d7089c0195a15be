package nl.rechtshulp.request;

/** The coarse position of a request in its lifecycle, the same for every process (see README, Phases). */
public enum Phase {
    INTAKE, COORDINATION, ANALYSIS, FOLLOW_UP, CLOSED
}

package nl.rechtshulp.request;

/** Whether the Netherlands receives the request from abroad or sends it. */
public enum Direction {
    INCOMING, OUTGOING
}

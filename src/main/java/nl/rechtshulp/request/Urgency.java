package nl.rechtshulp.request;

public enum Urgency {
    NORMAL, URGENT,
    /** A person is held for this request. */
    DETAINED
}

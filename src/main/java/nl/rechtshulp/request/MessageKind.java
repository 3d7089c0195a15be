package nl.rechtshulp.request;

/** What a foreign state can send while a request runs. */
public enum MessageKind {
    SUPPLEMENT, WITHDRAWAL
}

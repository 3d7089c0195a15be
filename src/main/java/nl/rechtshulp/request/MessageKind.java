package nl.rechtshulp.request;

/** What a foreign state can send while a request runs. */
public enum MessageKind {
    /** Incoming requests: the supplement asked for. */
    SUPPLEMENT,
    /** Incoming requests: the requesting state withdraws. */
    WITHDRAWAL,
    /** Outgoing requests: part of what was asked, more to come. */
    PARTIAL_REPLY,
    /** Outgoing requests: the requested state's final answer. */
    FINAL_REPLY;

    public boolean isReply() {
        return this == PARTIAL_REPLY || this == FINAL_REPLY;
    }
}

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
    FINAL_REPLY,
    /** Incoming extradition: the formal request after a provisional arrest. */
    FORMAL_REQUEST,
    /** Incoming extradition: the guarantees asked for (return, no death penalty, no corporal punishment). */
    GUARANTEES,
    /** Outgoing extradition: the person sought was arrested abroad; the formal-request deadline starts. */
    PERSON_ARRESTED,
    /** Outgoing extradition: the requested state released the person before our formal request came (ECE art. 16(4)). */
    PERSON_RELEASED;

    public boolean isReply() {
        return this == PARTIAL_REPLY || this == FINAL_REPLY;
    }
}

package nl.rechtshulp.workflow;

/** Process definition keys and message names. */
public final class ProcessKeys {

    public static final String INCOMING_MLA = "IncomingMlaRequestProcess";
    public static final String OUTGOING_MLA = "OutgoingMlaRequestProcess";
    public static final String INCOMING_EXTRADITION = "IncomingExtraditionRequestProcess";
    public static final String OUTGOING_EXTRADITION = "OutgoingExtraditionRequestProcess";
    public static final String DEADLINE_ESCALATION = "DeadlineEscalationProcess";

    public static final String MESSAGE_SUPPLEMENT_RECEIVED = "SupplementReceived";
    public static final String MESSAGE_REQUEST_WITHDRAWN = "RequestWithdrawn";
    public static final String MESSAGE_PARTIAL_REPLY_RECEIVED = "PartialReplyReceived";
    public static final String MESSAGE_FINAL_REPLY_RECEIVED = "FinalReplyReceived";

    public static final String MESSAGE_FORMAL_REQUEST_RECEIVED = "FormalRequestReceived";
    public static final String MESSAGE_GUARANTEES_RECEIVED = "GuaranteesReceived";
    public static final String MESSAGE_PERSON_ARRESTED_ABROAD = "PersonArrestedAbroad";
    public static final String MESSAGE_PERSON_RELEASED_ABROAD = "PersonReleasedAbroad";

    private ProcessKeys() {
    }
}

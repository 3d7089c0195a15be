package nl.rechtshulp.workflow;

/** Process definition keys and message names. */
public final class ProcessKeys {

    public static final String INCOMING_MLA = "IncomingMlaRequestProcess";

    public static final String MESSAGE_SUPPLEMENT_RECEIVED = "SupplementReceived";
    public static final String MESSAGE_REQUEST_WITHDRAWN = "RequestWithdrawn";

    private ProcessKeys() {
    }
}

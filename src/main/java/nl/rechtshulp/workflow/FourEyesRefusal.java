package nl.rechtshulp.workflow;

/**
 * Four eyes on a refusal of an incoming request (DECISIONS.md): the step that proposes it records who proposed it,
 * where, and for which authority ({@link RefusalProposalTaskListener}); a second person of that authority confirms it
 * before it is sent, and a confirmation by the proposer is refused ({@link ConfirmRefusalTaskListener}). Both are
 * recorded, in the decisions and the audit trail.
 */
final class FourEyesRefusal {

    static final String PROPOSED_BY = "refusalProposedBy";
    static final String PROPOSED_AT = "refusalProposedAt";
    static final String AUTHORITY = "refusalAuthority";
    static final String CONFIRMED = "refusalConfirmed";

    private FourEyesRefusal() {
    }
}

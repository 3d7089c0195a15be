package nl.rechtshulp.request;

/** Another request and how it relates to the one looked at. */
public record RelatedRequest(Request request, Relation relation) {

    /** One line for a task form: reference, state, investigation, phase. */
    public String describe() {
        StringBuilder line = new StringBuilder(request.getReference().value()).append(" (")
                .append(request.getDirection() == Direction.OUTGOING ? "naar " : "uit ")
                .append(request.getPartnerState());
        if (request.getForeignReference() != null) {
            line.append(", ").append(request.getForeignReference());
        }
        if (request.getInvestigation() != null) {
            line.append(", onderzoek ").append(request.getInvestigation());
        }
        return line.append(", ").append(request.getPhase()).append(", ").append(relation).append(')').toString();
    }
}

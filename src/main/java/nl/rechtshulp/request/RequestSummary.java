package nl.rechtshulp.request;

import java.time.Instant;
import java.time.LocalDate;

/** One line of the request list. */
public record RequestSummary(String reference, String foreignReference, Direction direction, RequestType type,
                             String requestingState, String requestedState, Phase phase, String stage, Urgency urgency,
                             LocalDate requestedDeadline, Route route, String owningIrc, Instant registeredAt,
                             Instant closedAt) {

    static RequestSummary of(Request r) {
        return new RequestSummary(r.getReference().value(), r.getForeignReference(), r.getDirection(), r.getType(),
                r.getRequestingState(), r.getRequestedState(), r.getPhase(), r.getStage(), r.getUrgency(),
                r.getRequestedDeadline(), r.getRoute(), r.getOwningIrc(), r.getRegisteredAt(), r.getClosedAt());
    }
}

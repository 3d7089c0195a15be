package nl.rechtshulp.request;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A request as the API shows it: the register's facts, where it stands, its open tasks and its history. */
public record RequestView(
        String reference,
        String foreignReference,
        Direction direction,
        RequestType type,
        String requestingState,
        String requestedState,
        String requestingAuthority,
        Phase phase,
        String stage,
        Clock clock,
        String clockReason,
        Outcome outcome,
        String legalBasis,
        String legalBasisSource,
        Route route,
        Urgency urgency,
        LocalDate requestedDeadline,
        String summaryOfFacts,
        String offences,
        OffenceCategory offenceCategory,
        ExecutionRegion executionRegion,
        List<Measure> measures,
        List<Person> persons,
        String receivingAuthority,
        String owningIrc,
        String officerOfJustice,
        String executingService,
        LocalDate receivedOn,
        Instant registeredAt,
        Instant updatedAt,
        Instant closedAt,
        List<OpenTask> openTasks,
        List<PhaseEntry> phaseHistory,
        List<RequestHistory.Decision> decisions,
        List<RequestHistory.Message> messages,
        List<RelatedRequest> relatedRequests) {

    public record Measure(String description, boolean coercive) {
    }

    public record Person(PersonRole role, String fullName, LocalDate birthDate, String nationality) {
    }

    public record OpenTask(String id, String taskKey, String name, List<String> candidateGroups, String assignee,
                           Instant due, Instant followUp) {
    }

    public record PhaseEntry(Phase phase, String stage, Clock clock, String clockReason, Instant enteredAt) {
    }

    public record RelatedRequest(String reference, String foreignReference, String requestingState, Phase phase) {
    }

    static RequestView of(Request request, List<OpenTask> openTasks, RequestHistory history, List<Request> related) {
        return new RequestView(request.getReference().value(), request.getForeignReference(), request.getDirection(),
                request.getType(), request.getRequestingState(), request.getRequestedState(),
                request.getRequestingAuthority(), request.getPhase(), request.getStage(), request.getClock(),
                request.getClockReason(), request.getOutcome(), request.getLegalBasis(), request.getLegalBasisSource(),
                request.getRoute(), request.getUrgency(), request.getRequestedDeadline(), request.getSummaryOfFacts(),
                request.getOffences(), request.getOffenceCategory(), request.getExecutionRegion(),
                request.getMeasures().stream().map(m -> new Measure(m.getDescription(), m.isCoercive())).toList(),
                request.getPersons().stream()
                        .map(p -> new Person(p.getRole(), p.getFullName(), p.getBirthDate(), p.getNationality())).toList(),
                request.getReceivingAuthority(), request.getOwningIrc(), request.getOfficerOfJustice(),
                request.getExecutingService(), request.getReceivedOn(), request.getRegisteredAt(),
                request.getUpdatedAt(), request.getClosedAt(), openTasks,
                history.transitions().stream().map(t -> new PhaseEntry(t.lifecycle().phase(), t.lifecycle().stage(),
                        t.lifecycle().clock(), t.lifecycle().clockReason(), t.enteredAt())).toList(),
                history.decisions(), history.messages(),
                related.stream().map(r -> new RelatedRequest(r.getReference().value(), r.getForeignReference(),
                        r.getRequestingState(), r.getPhase())).toList());
    }
}

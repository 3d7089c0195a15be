package nl.rechtshulp.request;

import java.time.LocalDate;
import java.util.List;

/**
 * The facts of a request at registration, already validated by the intake. Whether an organised criminal group is
 * involved and the offence is transnational decides whether UNTOC applies; null where the sender did not say.
 */
public record NewRequest(
        String foreignReference,
        Direction direction,
        RequestType type,
        String requestingState,
        String requestedState,
        String requestingAuthority,
        Urgency urgency,
        LocalDate requestedDeadline,
        String deadlineReason,
        String summaryOfFacts,
        String offences,
        OffenceCategory offenceCategory,
        ExecutionRegion executionRegion,
        String receivingAuthority,
        LocalDate receivedOn,
        List<RequestedMeasure> measures,
        List<PersonConcerned> persons,
        PolicySubGoal policySubGoal,
        Phenomenon phenomenon,
        Boolean organisedCriminalGroup,
        Boolean transnationalOffence,
        Outgoing outgoing,
        Issuer issuer) {

    /** Who issued a European Investigation Order, and who validated it; {@code null} for other requests. */
    public record Issuer(IssuingAuthorityKind kind, String validatingAuthority) {
    }

    /** What only a request the Netherlands sends has; {@code null} for incoming requests. */
    public record Outgoing(
            String investigation,
            String requestLanguage,
            String officerOfJustice,
            String analysingService,
            Long parentRequestId) {
    }
}

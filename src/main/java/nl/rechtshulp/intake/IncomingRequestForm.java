package nl.rechtshulp.intake;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import nl.rechtshulp.request.Direction;
import nl.rechtshulp.request.ExecutionRegion;
import nl.rechtshulp.request.IssuingAuthorityKind;
import nl.rechtshulp.request.MeasureKind;
import nl.rechtshulp.request.RequestedMeasure;
import nl.rechtshulp.request.OffenceCategory;
import nl.rechtshulp.request.PersonRole;
import nl.rechtshulp.request.Phenomenon;
import nl.rechtshulp.request.PolicySubGoal;
import nl.rechtshulp.request.RequestType;
import nl.rechtshulp.request.Urgency;

/**
 * An incoming request as the API and the Tasklist start form deliver it; both are checked by the same rules. A
 * European Investigation Order also names who issued it and, where that is no judicial authority, who validated it.
 */
record IncomingRequestForm(
        Direction direction,
        RequestType type,
        @NotBlank @Size(max = 100) String foreignReference,
        @NotBlank @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166 alpha-2 code") String requestingState,
        @NotBlank @Size(max = 200) String requestingAuthority,
        Urgency urgency,
        LocalDate requestedDeadline,
        @Size(max = 1000) String deadlineReason,
        @NotBlank @Size(max = 4000) String summaryOfFacts,
        @NotBlank @Size(max = 1000) String offences,
        @NotNull OffenceCategory offenceCategory,
        @NotNull ExecutionRegion executionRegion,
        @Size(max = 64) String receivingAuthority,
        LocalDate receivedOn,
        @NotEmpty @Size(max = 100) List<@NotNull @Valid Measure> measures,
        @Size(max = 100) List<@NotNull @Valid Person> persons,
        PolicySubGoal policySubGoal,
        Phenomenon phenomenon,
        Boolean organisedCriminalGroup,
        Boolean transnationalOffence,
        IssuingAuthorityKind issuingAuthorityKind,
        @Size(max = 200) String validatingAuthority) {

    /** A measure asked for; without a kind it is {@code OTHER}, and its coercive mark decides on the rechter-commissaris. */
    record Measure(@NotBlank @Size(max = 1000) String description, boolean coercive, MeasureKind kind) {

        Measure(String description, boolean coercive) {
            this(description, coercive, null);
        }

        RequestedMeasure toRequested() {
            return new RequestedMeasure(description.trim(), coercive, kind);
        }
    }

    record Person(@NotNull PersonRole role, @NotBlank @Size(max = 200) String fullName, LocalDate birthDate,
                  @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166 alpha-2 code") String nationality) {
    }
}

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
import nl.rechtshulp.request.OffenceCategory;
import nl.rechtshulp.request.Phenomenon;
import nl.rechtshulp.request.PolicySubGoal;
import nl.rechtshulp.request.RequestType;
import nl.rechtshulp.request.Urgency;

/**
 * A request the Netherlands sends, as the officier van justitie drafts it (UNTOC art. 18(15): the authority, the
 * proceedings, the facts, the assistance sought, the persons; art. 18(24): a suggested deadline with its reasons).
 */
record OutgoingRequestForm(
        Direction direction,
        RequestType type,
        @NotBlank @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166 alpha-2 code") String requestedState,
        @NotBlank @Size(max = 200) String requestingAuthority,
        @NotBlank @Size(max = 200) String officerOfJustice,
        @NotBlank @Size(max = 200) String investigation,
        Urgency urgency,
        LocalDate requestedDeadline,
        @Size(max = 1000) String deadlineReason,
        @NotBlank @Size(max = 4000) String summaryOfFacts,
        @NotBlank @Size(max = 1000) String offences,
        @NotNull OffenceCategory offenceCategory,
        @NotNull PolicySubGoal policySubGoal,
        @NotNull Phenomenon phenomenon,
        @NotBlank @Pattern(regexp = "[a-z]{2}", message = "must be an ISO 639-1 language code") String requestLanguage,
        @NotBlank String analysingService,
        @Size(max = 64) String draftingAuthority,
        @NotEmpty @Size(max = 100) List<IncomingRequestForm.@NotNull @Valid Measure> measures,
        @Size(max = 100) List<IncomingRequestForm.@NotNull @Valid Person> persons,
        Boolean organisedCriminalGroup,
        Boolean transnationalOffence) {
}

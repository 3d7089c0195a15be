package nl.rechtshulp.intake;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import nl.rechtshulp.request.Direction;
import nl.rechtshulp.request.ExtraditionArrival;
import nl.rechtshulp.request.ExtraditionPurpose;
import nl.rechtshulp.request.OffenceCategory;
import nl.rechtshulp.request.Phenomenon;
import nl.rechtshulp.request.PolicySubGoal;
import nl.rechtshulp.request.RequestType;
import nl.rechtshulp.request.Urgency;

/**
 * An extradition request as the API delivers it, in either direction. Incoming: how it arrived (an alert for
 * provisional arrest or the formal request), the requesting state and its reference, the authority it arrived at
 * and the IRC whose officier van justitie handles it. Outgoing: the requested state and the investigation. Without a
 * direction it is incoming, as for MLA.
 */
record ExtraditionRequestForm(
        Direction direction,
        RequestType type,
        ExtraditionArrival arrivedAs,
        @Size(max = 100) String foreignReference,
        @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166 alpha-2 code") String requestingState,
        @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166 alpha-2 code") String requestedState,
        @NotBlank @Size(max = 200) String requestingAuthority,
        Urgency urgency,
        @NotBlank @Size(max = 4000) String summaryOfFacts,
        @NotBlank @Size(max = 1000) String offences,
        @NotNull OffenceCategory offenceCategory,
        @NotNull ExtraditionPurpose purpose,
        @NotNull @Valid PersonSought personSought,
        @Size(max = 64) String competentIrc,
        @Size(max = 64) String receivingAuthority,
        LocalDate receivedOn,
        @Size(max = 200) String investigation,
        @Size(max = 200) String officerOfJustice,
        @Pattern(regexp = "[a-z]{2}", message = "must be an ISO 639-1 code") String requestLanguage,
        PolicySubGoal policySubGoal,
        Phenomenon phenomenon,
        Boolean organisedCriminalGroup,
        Boolean transnationalOffence) {

    /** The person whose extradition is sought. */
    record PersonSought(@NotBlank @Size(max = 200) String fullName, LocalDate birthDate,
                        @NotBlank @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166 alpha-2 code")
                        String nationality) {
    }
}

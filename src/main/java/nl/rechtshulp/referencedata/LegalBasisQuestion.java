package nl.rechtshulp.referencedata;

import java.time.LocalDate;
import nl.rechtshulp.request.OffenceCategory;
import nl.rechtshulp.request.RequestType;

/**
 * What the rules need to place a request: the other state, the kind of request, the offence, whether an organised
 * criminal group is involved and the offence is transnational (null: not recorded), and the day that counts.
 */
public record LegalBasisQuestion(String state, RequestType type, OffenceCategory offence, Boolean organisedCriminalGroup,
                                 Boolean transnational, LocalDate on) {
}

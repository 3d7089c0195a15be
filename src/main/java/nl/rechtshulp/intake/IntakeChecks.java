package nl.rechtshulp.intake;

import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import nl.rechtshulp.referencedata.Countries;
import nl.rechtshulp.security.AuthorityGroups;
import nl.rechtshulp.security.CurrentUser;
import nl.rechtshulp.web.ApiProblem;

/**
 * The checks every way in shares: the form's own constraints (the first field in name order is reported), known
 * country codes, and the authority the caller acts for.
 */
final class IntakeChecks {

    private IntakeChecks() {
    }

    static void validate(Validator validator, Object form) {
        validator.validate(form).stream().min(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .ifPresent(first -> {
                    throw ApiProblem.badRequest(first.getPropertyPath().toString(),
                            first.getPropertyPath() + ": " + first.getMessage());
                });
    }

    static void requireKnownCountry(Countries countries, String field, String code) {
        if (!countries.isKnown(code)) {
            throw ApiProblem.badRequest(field, field + ": '" + code + "' is not an ISO 3166 country code");
        }
    }

    /** The authority a request arrived at: as given (the user must act for it), or the user's only one. */
    static String receivingAuthority(String requested, CurrentUser user) {
        return actingFor(requested, user, "receivingAuthority", AuthorityGroups.RECEIVING_AUTHORITIES::contains,
                "receivingAuthority must be an IRC, the LIRC or AIRS, not '%s'",
                "Only an IRC, the LIRC or AIRS registers incoming requests");
    }

    /** The IRC the officier van justitie drafts with: as given (the user must act for it), or the user's only one. */
    static String draftingIrc(String field, String requested, CurrentUser user) {
        return actingFor(requested, user, field, AuthorityGroups::isIrc, field + " must be an IRC, not '%s'",
                "Only an IRC drafts outgoing requests");
    }

    private static String actingFor(String requested, CurrentUser user, String field, Predicate<String> eligible,
                                    String notEligible, String noneOfTheirs) {
        if (requested != null && !requested.isBlank()) {
            if (!eligible.test(requested)) {
                throw ApiProblem.badRequest(field, notEligible.formatted(requested));
            }
            if (!user.isMemberOf(AuthorityGroups.ADMINS) && !user.isMemberOf(requested)) {
                throw ApiProblem.forbidden("You do not act for " + requested);
            }
            return requested;
        }
        List<String> own = user.groups().stream().filter(eligible).sorted().toList();
        if (own.size() == 1) {
            return own.get(0);
        }
        if (own.isEmpty()) {
            throw ApiProblem.forbidden(noneOfTheirs);
        }
        throw ApiProblem.badRequest(field, field + " is required: you act for " + own);
    }
}

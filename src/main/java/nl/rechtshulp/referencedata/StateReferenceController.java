package nl.rechtshulp.referencedata;

import nl.rechtshulp.web.DutchTime;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import nl.rechtshulp.web.ApiProblem;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The treaty register as JSON, readable by anyone logged in (never changed through the application): per state, every
 * state, and every unconfirmed fact. The page over it is {@link TreatyRegisterPageController}.
 */
@RestController
class StateReferenceController {

    private final LegalBasisRules rules;
    private final Countries countries;
    private final Clock clock;

    StateReferenceController(LegalBasisRules rules, Countries countries, Clock clock) {
        this.rules = rules;
        this.countries = countries;
        this.clock = clock;
    }

    @GetMapping(value = "/api/reference/states/{code}", produces = MediaType.APPLICATION_JSON_VALUE)
    StateReference state(@PathVariable String code) {
        if (!countries.isKnown(code) || Countries.NETHERLANDS.equals(code)) {
            throw ApiProblem.notFound("No state with ISO 3166 alpha-2 code " + code);
        }
        return StateReference.of(code, countries.dutchName(code), today(), rules);
    }

    @GetMapping(value = "/api/reference/states", produces = MediaType.APPLICATION_JSON_VALUE)
    List<StateSummary> states() {
        LocalDate today = today();
        return allStates().stream().map(code -> StateSummary.of(code, countries.dutchName(code), today, rules)).toList();
    }

    @GetMapping(value = "/api/reference/unconfirmed", produces = MediaType.APPLICATION_JSON_VALUE)
    List<TreatyRegister.UnconfirmedFact> unconfirmed() {
        return rules.register().unconfirmedFacts();
    }

    static List<String> allStates() {
        return Arrays.stream(Locale.getISOCountries()).filter(code -> !Countries.NETHERLANDS.equals(code)).sorted()
                .toList();
    }

    private LocalDate today() {
        return DutchTime.today(clock);
    }
}

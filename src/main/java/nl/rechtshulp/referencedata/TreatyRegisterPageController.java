package nl.rechtshulp.referencedata;

import java.time.Clock;
import java.time.LocalDate;
import nl.rechtshulp.web.DutchTime;
import nl.rechtshulp.pages.PageController;
import org.springframework.http.MediaType;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The register's overview for lawyers: every state's basis, route and assurances, then every unconfirmed fact. */
@PageController
class TreatyRegisterPageController {

    private final LegalBasisRules rules;
    private final Countries countries;
    private final Clock clock;

    TreatyRegisterPageController(LegalBasisRules rules, Countries countries, Clock clock) {
        this.rules = rules;
        this.countries = countries;
        this.clock = clock;
    }

    @GetMapping(value = "/reference/states", produces = MediaType.TEXT_HTML_VALUE)
    String page(Model model) {
        LocalDate today = DutchTime.today(clock);
        model.addAttribute("today", today);
        model.addAttribute("states", StateReferenceController.allStates().stream()
                .map(code -> StateSummary.of(code, countries.dutchName(code), today, rules)).toList());
        model.addAttribute("unconfirmed", rules.register().unconfirmedFacts());
        return "treaties";
    }
}

package nl.rechtshulp.casefile;

import java.time.Clock;
import java.util.Locale;
import nl.rechtshulp.request.Direction;
import nl.rechtshulp.request.Phase;
import nl.rechtshulp.request.RequestFilter;
import nl.rechtshulp.request.RequestList;
import nl.rechtshulp.request.RequestType;
import nl.rechtshulp.security.CurrentUsers;
import nl.rechtshulp.web.ApiProblem;
import nl.rechtshulp.pages.PageController;
import org.springframework.http.MediaType;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The requests a person may see, with the API's filters, nearest deadline first, a page at a time. */
@PageController
class RequestListPageController {

    static final int PAGE_SIZE = 25;

    private final RequestList requests;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    RequestListPageController(RequestList requests, CurrentUsers currentUsers, Clock clock) {
        this.requests = requests;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    /** The filters as the form and the paging links carry them. */
    record Filters(Phase phase, String state, RequestType type, Direction direction, Boolean overdue) {
    }

    @GetMapping(value = "/requests", produces = MediaType.TEXT_HTML_VALUE)
    String page(@RequestParam(required = false) Phase phase, @RequestParam(required = false) String state,
                @RequestParam(required = false) RequestType type, @RequestParam(required = false) Direction direction,
                @RequestParam(required = false) Boolean overdue, @RequestParam(defaultValue = "0") int page,
                Model model) {
        if (page < 0 || page > 100_000) {
            throw ApiProblem.badRequest("page", "page must be between 0 and 100000");
        }
        String stateCode = state == null || state.isBlank() ? null : state.trim().toUpperCase(Locale.ROOT);
        if (stateCode != null && !stateCode.matches("[A-Z]{2}")) {
            throw ApiProblem.badRequest("state", "state must be a two-letter ISO 3166 code");
        }
        var filters = new Filters(phase, stateCode, type, direction, overdue);
        var list = requests.list(new RequestFilter(phase, stateCode, type, direction, overdue),
                currentUsers.current(), page, PAGE_SIZE);
        model.addAttribute("filters", filters);
        model.addAttribute("list", list);
        model.addAttribute("now", clock.instant());
        model.addAttribute("phases", Phase.values());
        model.addAttribute("types", RequestType.values());
        model.addAttribute("directions", Direction.values());
        return "requests";
    }
}

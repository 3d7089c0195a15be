package nl.rechtshulp.request;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.rechtshulp.security.CurrentUser;
import nl.rechtshulp.security.CurrentUsers;
import nl.rechtshulp.web.ApiProblem;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/requests")
@Tag(name = "Requests", description = "Status of requests in the register")
class RequestController {

    private static final int MAX_PAGE_SIZE = 200;
    /** page × size stays well inside an int offset (and far beyond any real register). */
    static final int MAX_PAGE = 1_000_000;

    private final RequestRegister register;
    private final RequestViews views;
    private final CurrentUsers currentUsers;

    RequestController(RequestRegister register, RequestViews views, CurrentUsers currentUsers) {
        this.register = register;
        this.views = views;
        this.currentUsers = currentUsers;
    }

    @GetMapping("/{reference}")
    @Operation(summary = "A request with its phase, open tasks and phase history")
    RequestView get(@PathVariable String reference) {
        return views.view(reference, currentUsers.current());
    }

    @GetMapping("/{reference}/related")
    @Operation(summary = "Requests linked to this one (supplements) and related to it (investigation, persons, foreign reference)")
    java.util.List<RequestView.Related> related(@PathVariable String reference) {
        return views.related(reference, currentUsers.current());
    }

    @GetMapping
    @Operation(summary = "Requests the caller may see, newest first, filtered and paged")
    RequestPage list(@RequestParam(required = false) Phase phase,
                              @RequestParam(required = false) String state,
                              @RequestParam(required = false) RequestType type,
                              @RequestParam(required = false) Direction direction,
                              @RequestParam(required = false) Boolean overdue,
                              @RequestParam(defaultValue = "0") @jakarta.validation.constraints.Min(0)
                              @jakarta.validation.constraints.Max(MAX_PAGE) int page,
                              @RequestParam(defaultValue = "20") @jakarta.validation.constraints.Min(1)
                              @jakarta.validation.constraints.Max(MAX_PAGE_SIZE) int size) {
        if (page < 0 || page > MAX_PAGE) {
            throw ApiProblem.badRequest("page", "page must be between 0 and " + MAX_PAGE);
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw ApiProblem.badRequest("size", "size must be between 1 and " + MAX_PAGE_SIZE);
        }
        CurrentUser user = currentUsers.current();
        var filter = new RequestFilter(phase, state == null ? null : state.toUpperCase(java.util.Locale.ROOT), type,
                direction, overdue);
        var pageRequest = PageRequest.of(page, size, Sort.by(Sort.Direction.DESC, "registeredAt", "id"));
        return RequestPage.of(register.search(filter, user, pageRequest).map(RequestSummary::of));
    }
}

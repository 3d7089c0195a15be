package nl.rechtshulp.request;

import java.util.List;
import org.springframework.data.domain.Page;

/** One page of the request list, with what a client needs to ask for the next. */
public record RequestPage(List<RequestSummary> items, int page, int size, long totalItems, int totalPages) {

    static RequestPage of(Page<RequestSummary> page) {
        return new RequestPage(page.getContent(), page.getNumber(), page.getSize(), page.getTotalElements(),
                page.getTotalPages());
    }
}

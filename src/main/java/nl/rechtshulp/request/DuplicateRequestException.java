package nl.rechtshulp.request;

import java.util.Map;
import nl.rechtshulp.web.ApiProblem;
import org.springframework.http.HttpStatus;

/** The requesting state sent this foreign reference before; names the request that holds it. */
public class DuplicateRequestException extends ApiProblem {

    public DuplicateRequestException(String requestingState, String foreignReference, RequestReference existing) {
        super(HttpStatus.CONFLICT, "Request already registered",
                "Request " + foreignReference + " from " + requestingState + " is already registered as " + existing,
                Map.of("existingReference", existing.value()));
    }
}

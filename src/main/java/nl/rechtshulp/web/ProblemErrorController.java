package nl.rechtshulp.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the servlet container reports itself (a path nothing serves, a request line it cannot read, an error in a
 * filter) as problem details too, instead of Spring Boot's default error body.
 */
@RestController
class ProblemErrorController implements ErrorController {

    @RequestMapping(value = "/error", produces = {MediaType.APPLICATION_PROBLEM_JSON_VALUE, MediaType.APPLICATION_JSON_VALUE, MediaType.ALL_VALUE})
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer number && HttpStatus.resolve(number) != null
                ? HttpStatus.valueOf(number) : HttpStatus.INTERNAL_SERVER_ERROR;
        Object failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        if (failure instanceof Throwable thrown && DatabaseOutage.isCause(thrown)) {
            status = HttpStatus.SERVICE_UNAVAILABLE;
        }
        ProblemDetail detail = ProblemDetail.forStatusAndDetail(status, switch (status) {
            case NOT_FOUND -> "Nothing is served at this address";
            case METHOD_NOT_ALLOWED -> "This method is not allowed here";
            case SERVICE_UNAVAILABLE -> DatabaseOutage.problem().getMessage();
            case INTERNAL_SERVER_ERROR -> "An unexpected error occurred; nothing was changed";
            default -> status.getReasonPhrase();
        });
        detail.setTitle(status.getReasonPhrase());
        var answer = ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON);
        if (status == HttpStatus.SERVICE_UNAVAILABLE) {
            answer.header("Retry-After", String.valueOf(DatabaseOutage.RETRY_AFTER_SECONDS));
        }
        return answer.body(detail);
    }
}

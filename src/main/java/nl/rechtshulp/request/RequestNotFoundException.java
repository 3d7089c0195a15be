package nl.rechtshulp.request;

import nl.rechtshulp.web.ApiProblem;

/** Unknown reference, or one the caller may not see: both answer 404 so existence is never revealed. */
public class RequestNotFoundException extends ApiProblem {

    public RequestNotFoundException(String reference) {
        super(org.springframework.http.HttpStatus.NOT_FOUND, "Request not found", "No request " + reference);
    }
}

package nl.rechtshulp.web;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error as {@code application/problem+json}, also those Spring raises before a controller is chosen (405, 415,
 * a broken multipart body); nothing a client sends yields a 500, and a database outage is 503 with Retry-After.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    @ExceptionHandler(ApiProblem.class)
    ResponseEntity<ProblemDetail> apiProblem(ApiProblem problem) {
        ProblemDetail detail = ProblemDetail.forStatusAndDetail(problem.getStatus(), problem.getMessage());
        detail.setTitle(problem.getTitle());
        problem.getProperties().forEach(detail::setProperty);
        var answer = ResponseEntity.status(problem.getStatus());
        if (problem.getStatus() == HttpStatus.SERVICE_UNAVAILABLE) {
            answer.header(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseOutage.RETRY_AFTER_SECONDS));
        }
        return answer.body(detail);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        return invalid(e.getName(), "Parameter '" + e.getName() + "' has an invalid value: " + e.getValue());
    }

    /** A unique key taken meanwhile by a concurrent write (the checks before the write saw it free). */
    @ExceptionHandler(DuplicateKeyException.class)
    ProblemDetail duplicateKey(DuplicateKeyException e) {
        log.info("Refused a write that conflicts with stored data: {}", e.getMostSpecificCause().getMessage());
        ProblemDetail detail = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "The request conflicts with data stored meanwhile; reload and try again");
        detail.setTitle("Conflict");
        return detail;
    }

    /**
     * What the database refuses of a value the checks let through: data it cannot store as given (SQLSTATE 22: too
     * long, not text) is the client's 400; a constraint another write took meanwhile (23) is a 409.
     */
    @ExceptionHandler(org.springframework.dao.DataIntegrityViolationException.class)
    ProblemDetail refusedByTheDatabase(org.springframework.dao.DataIntegrityViolationException e) {
        String state = null;
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.sql.SQLException sql && sql.getSQLState() != null) {
                state = sql.getSQLState();
            }
        }
        log.info("The database refused a write ({}): {}", state, e.getMostSpecificCause().getMessage());
        if (state != null && state.startsWith("22")) {
            return invalid("body", "A value cannot be stored as given (too long, or not text); nothing was changed");
        }
        ProblemDetail detail = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "The request conflicts with data stored meanwhile; reload and try again");
        detail.setTitle("Conflict");
        return detail;
    }

    @ExceptionHandler({OptimisticLockingException.class, OptimisticLockingFailureException.class})
    ProblemDetail staleWrite(RuntimeException e) {
        ProblemDetail detail = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "Someone else changed this request or task at the same moment; reload and try again");
        detail.setTitle("Conflict");
        return detail;
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var fieldErrors = e.getBindingResult().getFieldErrors();
        String fields = fieldErrors.stream().map(error -> error.getField()).distinct().collect(Collectors.joining(", "));
        String message = fieldErrors.stream().map(error -> error.getField() + ": " + error.getDefaultMessage())
                .sorted().collect(Collectors.joining("; "));
        ProblemDetail detail = invalid(fields, message);
        detail.setProperty("errors", fieldErrors.stream()
                .map(error -> java.util.Map.of("field", error.getField(), "message", String.valueOf(error.getDefaultMessage())))
                .toList());
        return ResponseEntity.badRequest().body(detail);
    }

    /** A request parameter outside its declared limits (e.g. {@code size} above 200), named as the field. */
    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(
            org.springframework.web.method.annotation.HandlerMethodValidationException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        var first = e.getParameterValidationResults().get(0);
        String field = first.getMethodParameter().getParameterName();
        var requestParam = first.getMethodParameter().getParameterAnnotation(
                org.springframework.web.bind.annotation.RequestParam.class);
        if (requestParam != null && !requestParam.name().isBlank()) {
            field = requestParam.name();
        }
        String reason = first.getResolvableErrors().isEmpty() ? "is not valid"
                : first.getResolvableErrors().get(0).getDefaultMessage();
        return ResponseEntity.badRequest().body(invalid(field, field + " " + reason));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return readingFailed(e.getCause());
    }

    private ResponseEntity<Object> readingFailed(Throwable cause) {
        if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            String reason = mapping instanceof InvalidFormatException invalid
                    ? "value '" + invalid.getValue() + "' is not valid" : "cannot be read";
            return ResponseEntity.badRequest().body(invalid(field, field + ": " + reason));
        }
        return ResponseEntity.badRequest().body(invalid("body", "The body is not valid JSON"));
    }

    /** A body read in two steps (its kind first, then the form for that kind) that does not fit the form. */
    @ExceptionHandler(JsonMappingException.class)
    ResponseEntity<Object> unmappable(JsonMappingException e) {
        return readingFailed(e);
    }

    /** A multipart body that is cut off or malformed: the client's fault, nothing was stored. */
    @ExceptionHandler(org.springframework.web.multipart.MultipartException.class)
    ResponseEntity<Object> brokenMultipart(org.springframework.web.multipart.MultipartException e) {
        if (e instanceof org.springframework.web.multipart.MaxUploadSizeExceededException) {
            throw e; // answered 413 by the documents' own advice
        }
        return ResponseEntity.badRequest().body(invalid("file", "The multipart body cannot be read: " + e.getMessage()));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e) {
        if (e.getClass().getName().equals("org.apache.catalina.connector.ClientAbortException")) {
            return null; // the client went away mid-answer: nothing can reach it, nothing is wrong here
        }
        if (DatabaseOutage.isCause(e)) {
            log.warn("Database unreachable: {}", e.getMessage());
            return outage();
        }
        if (ConcurrentWrite.isCause(e)) {
            log.info("Refused a write that raced another: {}", e.getMessage());
            ProblemDetail detail = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                    "Someone else changed this request or task at the same moment; reload and try again");
            detail.setTitle("Conflict");
            return ResponseEntity.status(HttpStatus.CONFLICT).body(detail);
        }
        log.error("Unexpected error", e);
        ProblemDetail detail = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "An unexpected error occurred; nothing was changed");
        detail.setTitle("Internal error");
        return ResponseEntity.internalServerError().body(detail);
    }

    static ResponseEntity<Object> outage() {
        ApiProblem problem = DatabaseOutage.problem();
        ProblemDetail detail = ProblemDetail.forStatusAndDetail(problem.getStatus(), problem.getMessage());
        detail.setTitle(problem.getTitle());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseOutage.RETRY_AFTER_SECONDS)).body(detail);
    }

    private static ProblemDetail invalid(String field, String message) {
        ProblemDetail detail = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, message);
        detail.setTitle("Invalid request");
        detail.setProperty("field", field);
        return detail;
    }
}

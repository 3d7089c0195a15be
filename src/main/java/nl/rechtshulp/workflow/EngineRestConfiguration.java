package nl.rechtshulp.workflow;

import jakarta.annotation.Priority;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.springframework.context.annotation.Lazy;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * The engine's REST API, with the answers users are owed: a form value the server refuses is 400 (the engine
 * reports it as 500 once a task listener raised it); a task someone else completed meanwhile, or changed at the same
 * moment, is 409; a task that never existed is 404.
 */
@Component
@ApplicationPath("/engine-rest")
class EngineRestConfiguration extends CamundaJerseyResourceConfig {

    private final ClientErrorMapper clientErrors;
    private final CompletedMeanwhileMapper completedMeanwhile;
    private final StaleRegisterMapper staleRegister = new StaleRegisterMapper();
    private final OutageMapper outages = new OutageMapper();
    private final UnreachableDatabaseMapper unreachableDatabase = new UnreachableDatabaseMapper();

    EngineRestConfiguration(@Lazy HistoryService historyService, @Lazy IdentityService identityService) {
        var taskHistory = new TaskHistory(historyService, identityService);
        this.clientErrors = new ClientErrorMapper(taskHistory);
        this.completedMeanwhile = new CompletedMeanwhileMapper(taskHistory);
    }

    /**
     * Camunda's resources and providers, with one JSON mapper for every call: Camunda's own resolver makes a new mapper
     * each time Jersey asks (every body read and written), which then learns every class it meets anew.
     */
    @Override
    protected void registerCamundaRestResources() {
        registerClasses(org.camunda.bpm.engine.rest.impl.CamundaRestResources.getResourceClasses());
        var configuration = new java.util.LinkedHashSet<>(
                org.camunda.bpm.engine.rest.impl.CamundaRestResources.getConfigurationClasses());
        configuration.remove(org.camunda.bpm.engine.rest.mapper.JacksonConfigurator.class);
        registerClasses(configuration);
        register(new SharedObjectMapper());
        register(org.glassfish.jersey.jackson.JacksonFeature.class);
    }

    /**
     * Camunda's mapper configuration (dates, variable values), made once, for Jersey and the product's task completion
     * alike; a configured mapper is safe to share.
     */
    static final com.fasterxml.jackson.databind.ObjectMapper JSON =
            org.camunda.bpm.engine.rest.mapper.JacksonConfigurator.configureObjectMapper(
                    new com.fasterxml.jackson.databind.ObjectMapper());

    @jakarta.ws.rs.ext.Provider
    @jakarta.ws.rs.Produces({MediaType.APPLICATION_JSON, "application/hal+json"})
    static final class SharedObjectMapper implements jakarta.ws.rs.ext.ContextResolver<com.fasterxml.jackson.databind.ObjectMapper> {

        @Override
        public com.fasterxml.jackson.databind.ObjectMapper getContext(Class<?> type) {
            return JSON;
        }
    }

    @Override
    protected void registerAdditionalResources() {
        register(clientErrors);
        register(staleRegister);
        register(completedMeanwhile);
        register(outages);
        register(unreachableDatabase);
    }

    /**
     * The answer Jersey would give for what a resource threw: the mapper of the nearest type among those registered
     * here (each outranks Camunda's own mapper for its type), so the product's task completion answers the same.
     */
    Response answerFor(Throwable failure) {
        if (failure instanceof RestException rest) {
            return clientErrors.toResponse(rest);
        }
        if (failure instanceof AuthorizationException refused) {
            return completedMeanwhile.toResponse(refused);
        }
        if (failure instanceof org.camunda.bpm.engine.ProcessEngineException engine) {
            return outages.toResponse(engine);
        }
        if (failure instanceof OptimisticLockingFailureException stale) {
            return staleRegister.toResponse(stale);
        }
        return unreachableDatabase.toResponse(failure);
    }

    /**
     * Whatever else fails on the way (a transaction that cannot begin while the database is away arrives unwrapped):
     * 503 with Retry-After for an outage, otherwise Camunda's own answer, as problem details.
     */
    @Priority(1)
    static class UnreachableDatabaseMapper implements ExceptionMapper<Throwable> {

        private final org.camunda.bpm.engine.rest.exception.ExceptionHandler camundaDefault =
                new org.camunda.bpm.engine.rest.exception.ExceptionHandler();

        @Override
        public Response toResponse(Throwable exception) {
            return nl.rechtshulp.web.DatabaseOutage.isCause(exception) ? outage()
                    : asProblem(camundaDefault.toResponse(exception));
        }
    }

    /** The database is away (the engine reports it as a 500): 503 with Retry-After, so a client tries again. */
    @Priority(1)
    static class OutageMapper implements ExceptionMapper<org.camunda.bpm.engine.ProcessEngineException> {

        private final ProcessEngineExceptionHandler camundaDefault = new ProcessEngineExceptionHandler();

        @Override
        public Response toResponse(org.camunda.bpm.engine.ProcessEngineException exception) {
            return nl.rechtshulp.web.DatabaseOutage.isCause(exception) ? outage()
                    : asProblem(camundaDefault.toResponse(exception));
        }
    }

    static Response outage() {
        return Response.fromResponse(answer(Response.Status.SERVICE_UNAVAILABLE, "DatabaseUnavailable",
                nl.rechtshulp.web.DatabaseOutage.problem().getMessage()))
                .header("Retry-After", nl.rechtshulp.web.DatabaseOutage.RETRY_AFTER_SECONDS).build();
    }

    /** Whether a task existed and has ended: asked as the system, since the caller may not read history. */
    record TaskHistory(HistoryService historyService, IdentityService identityService) {

        boolean ended(String taskId) {
            Authentication caller = identityService.getCurrentAuthentication();
            identityService.clearAuthentication();
            try {
                return historyService.createHistoricTaskInstanceQuery().taskId(taskId).finished().count() > 0;
            } finally {
                if (caller != null) {
                    identityService.setAuthentication(caller);
                }
            }
        }
    }

    /**
     * A user who loses the race for a task on another node is refused for lack of rights, because the winner's
     * completion removed the task's grants: that is the same stale task, a 409. Other refusals stay 403.
     */
    @Priority(1)
    static class CompletedMeanwhileMapper implements ExceptionMapper<AuthorizationException> {

        private final ProcessEngineExceptionHandler camundaDefault = new ProcessEngineExceptionHandler();
        private final TaskHistory taskHistory;

        CompletedMeanwhileMapper(TaskHistory taskHistory) {
            this.taskHistory = taskHistory;
        }

        @Override
        public Response toResponse(AuthorizationException exception) {
            boolean completedMeanwhile = exception.getMissingAuthorizations().stream()
                    .filter(missing -> "Task".equals(missing.getResourceType()) && missing.getResourceId() != null)
                    .anyMatch(missing -> taskHistory.ended(missing.getResourceId()));
            return completedMeanwhile ? completedMeanwhile() : asProblem(camundaDefault.toResponse(exception));
        }
    }

    /** The register row changed under a concurrent completion on another node: the same conflict, the same 409. */
    @Priority(1)
    static class StaleRegisterMapper implements ExceptionMapper<OptimisticLockingFailureException> {

        @Override
        public Response toResponse(OptimisticLockingFailureException exception) {
            return answer(Response.Status.CONFLICT, "Conflict",
                    "Someone else changed this request at the same moment; reload and try again");
        }
    }

    @Priority(1)
    static class ClientErrorMapper implements ExceptionMapper<RestException> {

        private static final Pattern MISSING_TASK = Pattern.compile("Cannot find task with id (\\S+): task is null");
        /** The server's own form checks end their message with the field's key in brackets. */
        private static final Pattern FIELD = Pattern.compile("\\(([A-Za-z][A-Za-z0-9_]*)\\)\\s*$");
        private static final Pattern FIELD_KEY = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");
        private final RestExceptionHandler camundaDefault = new RestExceptionHandler();
        private final TaskHistory taskHistory;

        ClientErrorMapper(TaskHistory taskHistory) {
            this.taskHistory = taskHistory;
        }

        @Override
        public Response toResponse(RestException exception) {
            if (nl.rechtshulp.web.DatabaseOutage.isCause(exception)) {
                return outage();
            }
            if (nl.rechtshulp.web.ConcurrentWrite.isCause(exception)) {
                return answer(Response.Status.CONFLICT, "Conflict",
                        "Someone else changed this task at the same moment; reload and try again");
            }
            for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
                if (cause instanceof FormFieldValidationException) {
                    return fromCause(Response.Status.BAD_REQUEST, cause);
                }
                if (cause instanceof OptimisticLockingException) {
                    return fromCause(Response.Status.CONFLICT, cause);
                }
                if (cause instanceof NullValueException) {
                    Matcher missingTask = MISSING_TASK.matcher(String.valueOf(cause.getMessage()));
                    if (missingTask.find()) {
                        return missingTask(missingTask.group(1));
                    }
                }
            }
            return asProblem(camundaDefault.toResponse(exception));
        }

        private Response missingTask(String taskId) {
            return taskHistory.ended(taskId) ? completedMeanwhile()
                    : answer(Response.Status.NOT_FOUND, "TaskNotFound", "No task " + taskId);
        }

        private static Response fromCause(Response.Status status, Throwable cause) {
            ExceptionDto body = ExceptionDto.fromException(cause);
            Matcher field = FIELD.matcher(String.valueOf(cause.getMessage()));
            String named = field.find() ? field.group(1) : null;
            // The product's own checks name the field as the exception's detail.
            if (named == null && cause instanceof FormFieldValidationException validation
                    && validation.getDetail() instanceof String detail && FIELD_KEY.matcher(detail).matches()) {
                named = detail;
            }
            return problem(status.getStatusCode(), body.getType(), body.getMessage(), named);
        }
    }

    static Response completedMeanwhile() {
        return answer(Response.Status.CONFLICT, "TaskAlreadyCompleted",
                "This task was completed or removed by someone else meanwhile; reload the task list");
    }

    static Response answer(Response.Status status, String type, String message) {
        return problem(status.getStatusCode(), type, message, null);
    }

    /**
     * An error of the engine's REST API as problem details, keeping Camunda's own {@code type} and {@code message}
     * (the Tasklist and Camunda's clients read those) beside {@code title}, {@code status} and {@code detail}.
     */
    static Response problem(int status, String type, String message, String field) {
        var body = new java.util.LinkedHashMap<String, Object>();
        body.put("type", type);
        Response.Status known = Response.Status.fromStatusCode(status);
        body.put("title", known == null ? String.valueOf(status) : known.getReasonPhrase());
        body.put("status", status);
        body.put("detail", message);
        body.put("message", message);
        if (field != null) {
            body.put("field", field);
        }
        return Response.status(status).entity(body).type(PROBLEM_JSON).build();
    }

    static final MediaType PROBLEM_JSON = MediaType.valueOf("application/problem+json");

    /** Camunda's own answer (an ExceptionDto, with every field of its kind kept) in the same problem shape. */
    @SuppressWarnings("unchecked")
    static Response asProblem(Response camunda) {
        if (camunda.getEntity() instanceof ExceptionDto dto) {
            var body = new java.util.LinkedHashMap<String, Object>(DTO_FIELDS.convertValue(dto, java.util.Map.class));
            Response.Status known = Response.Status.fromStatusCode(camunda.getStatus());
            body.put("title", known == null ? String.valueOf(camunda.getStatus()) : known.getReasonPhrase());
            body.put("status", camunda.getStatus());
            body.put("detail", dto.getMessage());
            return Response.fromResponse(camunda).entity(body).type(PROBLEM_JSON).build();
        }
        return camunda;
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper DTO_FIELDS = new com.fasterxml.jackson.databind.ObjectMapper()
            .findAndRegisterModules();
}

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

    private final TaskHistory taskHistory;

    EngineRestConfiguration(@Lazy HistoryService historyService, @Lazy IdentityService identityService) {
        this.taskHistory = new TaskHistory(historyService, identityService);
    }

    @Override
    protected void registerAdditionalResources() {
        register(new ClientErrorMapper(taskHistory));
        register(StaleRegisterMapper.class);
        register(new CompletedMeanwhileMapper(taskHistory));
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
            return completedMeanwhile ? completedMeanwhile() : camundaDefault.toResponse(exception);
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
        private final RestExceptionHandler camundaDefault = new RestExceptionHandler();
        private final TaskHistory taskHistory;

        ClientErrorMapper(TaskHistory taskHistory) {
            this.taskHistory = taskHistory;
        }

        @Override
        public Response toResponse(RestException exception) {
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
            return camundaDefault.toResponse(exception);
        }

        private Response missingTask(String taskId) {
            return taskHistory.ended(taskId) ? completedMeanwhile()
                    : answer(Response.Status.NOT_FOUND, "TaskNotFound", "No task " + taskId);
        }

        private static Response fromCause(Response.Status status, Throwable cause) {
            ExceptionDto body = ExceptionDto.fromException(cause);
            return Response.status(status).entity(body).type(MediaType.APPLICATION_JSON_TYPE).build();
        }
    }

    static Response completedMeanwhile() {
        return answer(Response.Status.CONFLICT, "TaskAlreadyCompleted",
                "This task was completed or removed by someone else meanwhile; reload the task list");
    }

    static Response answer(Response.Status status, String type, String message) {
        ExceptionDto body = new ExceptionDto();
        body.setType(type);
        body.setMessage(message);
        return Response.status(status).entity(body).type(MediaType.APPLICATION_JSON_TYPE).build();
    }
}

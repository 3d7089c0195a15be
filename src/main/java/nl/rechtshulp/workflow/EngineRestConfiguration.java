package nl.rechtshulp.workflow;

import jakarta.annotation.Priority;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * The engine's REST API, with the answers users are owed: a form value the server refuses is 400 (the engine
 * reports it as 500 once a task listener raised it); a task someone else completed meanwhile, or changed at the same
 * moment, is 409; a task that never existed is 404.
 */
@Component
@ApplicationPath("/engine-rest")
class EngineRestConfiguration extends CamundaJerseyResourceConfig {

    private final HistoryService historyService;

    EngineRestConfiguration(@Lazy HistoryService historyService) {
        this.historyService = historyService;
    }

    @Override
    protected void registerAdditionalResources() {
        register(new ClientErrorMapper(historyService));
    }

    @Priority(1)
    static class ClientErrorMapper implements ExceptionMapper<RestException> {

        private static final Pattern MISSING_TASK = Pattern.compile("Cannot find task with id (\\S+): task is null");
        private final RestExceptionHandler camundaDefault = new RestExceptionHandler();
        private final HistoryService historyService;

        ClientErrorMapper(HistoryService historyService) {
            this.historyService = historyService;
        }

        @Override
        public Response toResponse(RestException exception) {
            for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
                if (cause instanceof FormFieldValidationException) {
                    return answer(Response.Status.BAD_REQUEST, cause);
                }
                if (cause instanceof OptimisticLockingException) {
                    return answer(Response.Status.CONFLICT, cause);
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
            boolean existedBefore = historyService.createHistoricTaskInstanceQuery().taskId(taskId).count() > 0;
            ExceptionDto body = new ExceptionDto();
            body.setType(existedBefore ? "TaskAlreadyCompleted" : "TaskNotFound");
            body.setMessage(existedBefore
                    ? "This task was completed or removed by someone else meanwhile; reload the task list"
                    : "No task " + taskId);
            return Response.status(existedBefore ? Response.Status.CONFLICT : Response.Status.NOT_FOUND)
                    .entity(body).type(MediaType.APPLICATION_JSON_TYPE).build();
        }

        private static Response answer(Response.Status status, Throwable cause) {
            ExceptionDto body = ExceptionDto.fromException(cause);
            return Response.status(status).entity(body).type(MediaType.APPLICATION_JSON_TYPE).build();
        }
    }
}

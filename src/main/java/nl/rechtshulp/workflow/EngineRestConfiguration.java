package nl.rechtshulp.workflow;

import jakarta.annotation.Priority;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.springframework.stereotype.Component;

/**
 * The engine's REST API, with the answers users are owed: a form value the server refuses is 400 (the engine
 * reports it as 500 once a task listener raised it), and a task someone else completed at the same moment is 409.
 */
@Component
@ApplicationPath("/engine-rest")
class EngineRestConfiguration extends CamundaJerseyResourceConfig {

    @Override
    protected void registerAdditionalResources() {
        register(ClientErrorMapper.class);
    }

    @Priority(1)
    static class ClientErrorMapper implements ExceptionMapper<RestException> {

        private final RestExceptionHandler camundaDefault = new RestExceptionHandler();

        @Override
        public Response toResponse(RestException exception) {
            for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
                if (cause instanceof FormFieldValidationException) {
                    return answer(Response.Status.BAD_REQUEST, cause);
                }
                if (cause instanceof OptimisticLockingException) {
                    return answer(Response.Status.CONFLICT, cause);
                }
            }
            return camundaDefault.toResponse(exception);
        }

        private static Response answer(Response.Status status, Throwable cause) {
            ExceptionDto body = ExceptionDto.fromException(cause);
            return Response.status(status).entity(body).type(MediaType.APPLICATION_JSON_TYPE).build();
        }
    }
}

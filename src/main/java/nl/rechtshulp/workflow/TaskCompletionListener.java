package nl.rechtshulp.workflow;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import nl.rechtshulp.request.RequestReference;
import nl.rechtshulp.request.RequestRegister;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Checks every completed task's values against its form again on the server (Camunda Forms validate only in the
 * browser), then records the decision fields, who completed the task and when in the register.
 */
@Component
class TaskCompletionListener implements TaskListener {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final RequestRegister register;
    private final Map<String, FormSchema> schemaByTask = new ConcurrentHashMap<>();

    TaskCompletionListener(RequestRegister register) {
        this.register = register;
    }

    @Override
    public void notify(DelegateTask task) {
        FormSchema schema = schemaOf(task);
        List<String> violations = schema.violations(task::getVariable);
        if (!violations.isEmpty()) {
            // The REST API and Tasklist answer this exception with 400 and keep the task open.
            throw new FormFieldValidationException(violations.get(0).split(" ", 2)[0], String.join("; ", violations));
        }
        Map<String, Object> decision = new LinkedHashMap<>();
        schema.inputFields().forEach(field -> decision.put(field.key(), task.getVariable(field.key())));
        String reference = (String) task.getVariable(ProcessVariables.REFERENCE);
        register.recordDecision(new RequestReference(reference), task.getTaskDefinitionKey(), actor(task), toJson(decision));
    }

    private FormSchema schemaOf(DelegateTask task) {
        return schemaByTask.computeIfAbsent(task.getProcessDefinitionId() + "/" + task.getTaskDefinitionKey(),
                key -> load(task));
    }

    private static FormSchema load(DelegateTask task) {
        try (InputStream form = task.getProcessEngineServices().getFormService().getDeployedTaskForm(task.getId())) {
            return FormSchema.parse(form);
        } catch (BadUserRequestException noDeployedForm) {
            return FormSchema.NONE;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String actor(DelegateTask task) {
        Authentication authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        if (authentication != null && authentication.getUserId() != null) {
            return authentication.getUserId();
        }
        return task.getAssignee() != null ? task.getAssignee() : "system";
    }

    private static String toJson(Map<String, Object> decision) {
        try {
            return JSON.writeValueAsString(decision);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("decision fields cannot be written as JSON", e);
        }
    }
}

package nl.rechtshulp.workflow;

import nl.rechtshulp.audit.AuditTrail;
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
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.stereotype.Component;

/**
 * Checks every completed task's values against its form again on the server (Camunda Forms validate only in the
 * browser), then records the decision fields, who completed the task and when in the register.
 */
@Component
class TaskCompletionListener implements TaskListener {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final RequestRegister register;
    private final AuditTrail auditTrail;
    private static final Map<String, FormSchema> SCHEMA_BY_FORM = new ConcurrentHashMap<>();

    TaskCompletionListener(RequestRegister register, AuditTrail auditTrail) {
        this.register = register;
        this.auditTrail = auditTrail;
    }

    @Override
    public void notify(DelegateTask task) {
        FormSchema schema = schemaOf(task);
        List<String> violations = schema.violations(task::getVariable);
        if (!violations.isEmpty()) {
            // The REST API and Tasklist answer this exception with 400 and keep the task open.
            // In Dutch for the Tasklist's user, with the field's key for whoever calls the engine's REST API.
            throw new FormFieldValidationException(violations.get(0).split(" ", 2)[0], String.join("; ", violations.stream()
                    .map(violation -> violation.split(" ", 2)[1] + " (" + violation.split(" ", 2)[0] + ")").toList()));
        }
        Map<String, Object> decision = new LinkedHashMap<>();
        schema.inputFields().forEach(field -> decision.put(field.key(), task.getVariable(field.key())));
        String reference = (String) task.getVariable(ProcessVariables.REFERENCE);
        String details = toJson(decision);
        register.recordDecision(new RequestReference(reference), task.getTaskDefinitionKey(), TaskActors.of(task), details);
        auditTrail.record(reference, "DECISION", task.getTaskDefinitionKey() + " " + task.getId(), null, details,
                writtenReason(decision));
    }

    /** The reason the user wrote, if the form asks for one (a field named reason, or ending in Reason, or remarks). */
    private static String writtenReason(Map<String, Object> decision) {
        return decision.entrySet().stream()
                .filter(field -> field.getKey().equals("reason") || field.getKey().endsWith("Reason")
                        || field.getKey().equals("remarks"))
                .map(Map.Entry::getValue).filter(value -> value != null && !value.toString().isBlank())
                .map(Object::toString).findFirst().orElse(null);
    }

    /** The form the model names, as shipped with the application (the same files are deployed to the engine). */
    private FormSchema schemaOf(DelegateTask task) {
        return schemaOf(((UserTask) task.getBpmnModelElementInstance()).getCamundaFormRef());
    }

    /** A form by its key, read once; no key, no fields. */
    static FormSchema schemaOf(String formRef) {
        return formRef == null ? FormSchema.NONE : SCHEMA_BY_FORM.computeIfAbsent(formRef, TaskCompletionListener::load);
    }

    private static FormSchema load(String formRef) {
        try (InputStream form = TaskCompletionListener.class.getResourceAsStream("/processes/" + formRef + ".form")) {
            if (form == null) {
                throw new IllegalStateException("Form " + formRef + " is not in processes/");
            }
            return FormSchema.parse(form);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String toJson(Map<String, Object> decision) {
        try {
            return JSON.writeValueAsString(decision);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("decision fields cannot be written as JSON", e);
        }
    }
}

package nl.rechtshulp.intake;

import java.time.LocalDate;
import java.util.Set;
import nl.rechtshulp.security.CurrentUser;
import nl.rechtshulp.web.ApiProblem;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Reads what a Tasklist start form submitted, and turns the intake's refusals into form errors. */
final class StartFormValues {

    private final DelegateExecution execution;

    StartFormValues(DelegateExecution execution) {
        this.execution = execution;
    }

    /** The signed-in user who submitted the form; a start without one cannot be registered. */
    CurrentUser submitter() {
        Authentication authentication = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        if (authentication == null) {
            throw new FormFieldValidationException("form", "Starting a request needs a signed-in user");
        }
        return new CurrentUser(authentication.getUserId(), Set.copyOf(authentication.getGroupIds()));
    }

    String text(String name) {
        Object value = execution.getVariable(name);
        return value == null ? null : value.toString();
    }

    String textOrNull(String name) {
        String value = text(name);
        return value == null || value.isBlank() ? null : value;
    }

    boolean isChecked(String name) {
        return Boolean.TRUE.equals(execution.getVariable(name));
    }

    /** Camunda Forms send dates as text, sometimes with a time part. */
    LocalDate date(String name) {
        String value = textOrNull(name);
        return value == null ? null : LocalDate.parse(value.substring(0, Math.min(10, value.length())));
    }

    <E extends Enum<E>> E enumOf(Class<E> type, String name) {
        String value = textOrNull(name);
        return value == null ? null : Enum.valueOf(type, value);
    }

    /** The form field a refusal names, so Tasklist shows it next to the field. */
    static FormFieldValidationException asFormError(RuntimeException problem) {
        String field = problem instanceof ApiProblem api && api.getProperties().get("field") instanceof String named
                ? named : "form";
        return new FormFieldValidationException(field, problem.getMessage());
    }
}

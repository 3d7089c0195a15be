package nl.rechtshulp.intake;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import nl.rechtshulp.request.Request;
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

    /** A yes/no radio: true, false, or null when left open. */
    Boolean yesNo(String name) {
        String value = textOrNull(name);
        return value == null ? null : Boolean.valueOf(value);
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

    /**
     * Registers what a Tasklist start form submitted through the intake, unless the API registered the request
     * already; then the form's raw fields leave the process (the register holds them) and the process variables the
     * model runs on take their place.
     */
    static void registerFromStartForm(DelegateExecution execution, Function<StartFormValues, Request> registration,
                                      List<String> formFields, Function<Request, Map<String, Object>> processVariables) {
        if (execution.getProcessBusinessKey() != null) {
            return;
        }
        Request request;
        try {
            request = registration.apply(new StartFormValues(execution));
        } catch (ApiProblem | IllegalArgumentException | java.time.format.DateTimeParseException problem) {
            throw asFormError(problem);
        }
        execution.setProcessBusinessKey(request.getReference().value());
        execution.removeVariables(formFields);
        execution.setVariables(processVariables.apply(request));
    }

    /** The form field a refusal names, so Tasklist shows it next to the field. */
    static FormFieldValidationException asFormError(RuntimeException problem) {
        String field = problem instanceof ApiProblem api && api.getProperties().get("field") instanceof String named
                ? named : "form";
        return new FormFieldValidationException(field, problem.getMessage());
    }
}

package nl.rechtshulp.intake;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.rechtshulp.request.ExecutionRegion;
import nl.rechtshulp.request.OffenceCategory;
import nl.rechtshulp.request.PersonRole;
import nl.rechtshulp.request.Request;
import nl.rechtshulp.request.Urgency;
import nl.rechtshulp.security.CurrentUser;
import nl.rechtshulp.web.ApiProblem;
import nl.rechtshulp.workflow.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Registers a request entered in the Tasklist start form through the same intake as the API; a request started
 * through the API is registered already and passes. The form's raw fields are removed from the process afterwards:
 * the register holds the case data.
 */
@Component
class RegisterRequestDelegate implements JavaDelegate {

    static final List<String> START_FORM_FIELDS = List.of("foreignReference", "requestingAuthority",
            "deadlineReason", "summaryOfFacts", "offences", "offenceCategory", "executionRegion", "receivedOn",
            "measureDescription", "measureCoercive", "personRole", "personName", "personBirthDate",
            "personNationality");

    private final IntakeService intake;

    RegisterRequestDelegate(IntakeService intake) {
        this.intake = intake;
    }

    @Override
    public void execute(DelegateExecution execution) {
        if (execution.getProcessBusinessKey() != null) {
            return;
        }
        Authentication authentication = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        if (authentication == null) {
            throw new FormFieldValidationException("receivingAuthority", "Starting a request needs a signed-in user");
        }
        var user = new CurrentUser(authentication.getUserId(), Set.copyOf(authentication.getGroupIds()));
        Request request;
        try {
            request = intake.registerFromStartForm(formOf(execution), user);
        } catch (ApiProblem | IllegalArgumentException | java.time.format.DateTimeParseException problem) {
            throw new FormFieldValidationException(fieldOf(problem), problem.getMessage());
        }
        execution.setProcessBusinessKey(request.getReference().value());
        execution.removeVariables(START_FORM_FIELDS);
        execution.setVariables(intake.processVariablesOf(request));
    }

    private static IncomingRequestForm formOf(DelegateExecution execution) {
        var measures = List.of(new IncomingRequestForm.Measure(text(execution, "measureDescription"),
                Boolean.TRUE.equals(execution.getVariable("measureCoercive"))));
        List<IncomingRequestForm.Person> persons = new ArrayList<>();
        String personName = text(execution, "personName");
        if (personName != null && !personName.isBlank()) {
            persons.add(new IncomingRequestForm.Person(enumOf(PersonRole.class, text(execution, "personRole")),
                    personName, date(execution, "personBirthDate"), blankToNull(text(execution, "personNationality"))));
        }
        return new IncomingRequestForm(null, null, text(execution, "foreignReference"),
                text(execution, ProcessVariables.REQUESTING_STATE), text(execution, "requestingAuthority"),
                enumOf(Urgency.class, text(execution, ProcessVariables.URGENCY)),
                date(execution, ProcessVariables.REQUESTED_DEADLINE), text(execution, "deadlineReason"),
                text(execution, "summaryOfFacts"), text(execution, "offences"),
                enumOf(OffenceCategory.class, text(execution, "offenceCategory")),
                enumOf(ExecutionRegion.class, text(execution, "executionRegion")),
                text(execution, ProcessVariables.RECEIVING_AUTHORITY), date(execution, "receivedOn"), measures, persons);
    }

    private static String text(DelegateExecution execution, String name) {
        Object value = execution.getVariable(name);
        return value == null ? null : value.toString();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /** Camunda Forms send dates as text, sometimes with a time part. */
    private static LocalDate date(DelegateExecution execution, String name) {
        String value = blankToNull(text(execution, name));
        return value == null ? null : LocalDate.parse(value.substring(0, Math.min(10, value.length())));
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String value) {
        return value == null || value.isBlank() ? null : Enum.valueOf(type, value);
    }

    private static String fieldOf(RuntimeException problem) {
        if (problem instanceof ApiProblem api && api.getProperties().get("field") instanceof String field) {
            return field;
        }
        return "form";
    }
}

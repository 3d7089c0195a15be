package nl.rechtshulp.intake;

import java.util.List;
import nl.rechtshulp.request.Direction;
import nl.rechtshulp.request.ExtraditionArrival;
import nl.rechtshulp.request.ExtraditionPurpose;
import nl.rechtshulp.request.OffenceCategory;
import nl.rechtshulp.request.RequestType;
import nl.rechtshulp.request.Urgency;
import nl.rechtshulp.web.ApiProblem;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Registers an extradition alert (the LIRC) or request (AIRS) entered in the Tasklist start form through the same
 * intake as the API, as the start event ends; a request registered through the API passes. The form's raw fields leave
 * the process: the register holds them, and the process runs on the variables the intake gives it.
 */
@Component
class RegisterExtraditionFromStartForm implements ExecutionListener {

    static final List<String> START_FORM_FIELDS = List.of("arrivedAs", "foreignReference", "requestingState",
            "requestingAuthority", "urgency", "receivedOn", "summaryOfFacts", "offences", "offenceCategory", "purpose",
            "personName", "personBirthDate", "personNationality", "competentIrc", "organisedCriminalGroup",
            "transnationalOffence");

    private final ExtraditionIntakeService intake;

    RegisterExtraditionFromStartForm(ExtraditionIntakeService intake) {
        this.intake = intake;
    }

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.getProcessBusinessKey() != null) {
            return;
        }
        var values = new StartFormValues(execution);
        ExtraditionIntakeService.Registration registration;
        try {
            registration = intake.registerWithoutProcess(formOf(values), values.submitter());
        } catch (ApiProblem | IllegalArgumentException | java.time.format.DateTimeParseException problem) {
            throw StartFormValues.asFormError(problem);
        }
        execution.setProcessBusinessKey(registration.request().getReference().value());
        execution.removeVariables(START_FORM_FIELDS);
        execution.setVariables(registration.processVariables());
    }

    private static ExtraditionRequestForm formOf(StartFormValues values) {
        return new ExtraditionRequestForm(Direction.INCOMING, RequestType.EXTRADITION,
                values.enumOf(ExtraditionArrival.class, "arrivedAs"), values.text("foreignReference"),
                values.text("requestingState"), null, values.text("requestingAuthority"),
                values.enumOf(Urgency.class, "urgency"), values.text("summaryOfFacts"), values.text("offences"),
                values.enumOf(OffenceCategory.class, "offenceCategory"),
                values.enumOf(ExtraditionPurpose.class, "purpose"),
                new ExtraditionRequestForm.PersonSought(values.text("personName"), values.date("personBirthDate"),
                        values.text("personNationality")),
                values.text("competentIrc"), null, values.date("receivedOn"), null, null, null, null, null,
                values.yesNo("organisedCriminalGroup"), values.yesNo("transnationalOffence"));
    }
}

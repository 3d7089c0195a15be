package nl.rechtshulp.intake;

import java.util.ArrayList;
import java.util.List;
import nl.rechtshulp.request.ExecutionRegion;
import nl.rechtshulp.request.IssuingAuthorityKind;
import nl.rechtshulp.request.MeasureKind;
import nl.rechtshulp.request.OffenceCategory;
import nl.rechtshulp.request.PersonRole;
import nl.rechtshulp.request.Urgency;
import nl.rechtshulp.workflow.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
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
            "personNationality", "organisedCriminalGroup", "transnationalOffence", "measureKind", "issuingAuthorityKind",
            "validatingAuthority");

    private final IntakeService intake;

    RegisterRequestDelegate(IntakeService intake) {
        this.intake = intake;
    }

    @Override
    public void execute(DelegateExecution execution) {
        StartFormValues.registerFromStartForm(execution,
                values -> intake.registerFromStartForm(formOf(values), values.submitter()), START_FORM_FIELDS,
                intake::processVariablesOf);
    }

    private static IncomingRequestForm formOf(StartFormValues values) {
        var measures = List.of(new IncomingRequestForm.Measure(values.text("measureDescription"),
                values.isChecked("measureCoercive"), values.enumOf(MeasureKind.class, "measureKind")));
        List<IncomingRequestForm.Person> persons = new ArrayList<>();
        if (values.textOrNull("personName") != null) {
            persons.add(new IncomingRequestForm.Person(values.enumOf(PersonRole.class, "personRole"),
                    values.text("personName"), values.date("personBirthDate"), values.textOrNull("personNationality")));
        }
        return new IncomingRequestForm(null, null, values.text("foreignReference"),
                values.text(ProcessVariables.REQUESTING_STATE), values.text("requestingAuthority"),
                values.enumOf(Urgency.class, ProcessVariables.URGENCY),
                values.date(ProcessVariables.REQUESTED_DEADLINE), values.text("deadlineReason"),
                values.text("summaryOfFacts"), values.text("offences"),
                values.enumOf(OffenceCategory.class, "offenceCategory"),
                values.enumOf(ExecutionRegion.class, "executionRegion"),
                values.text(ProcessVariables.RECEIVING_AUTHORITY), values.date("receivedOn"), measures, persons,
                null, null, values.yesNo("organisedCriminalGroup"), values.yesNo("transnationalOffence"),
                values.enumOf(IssuingAuthorityKind.class, "issuingAuthorityKind"), values.textOrNull("validatingAuthority"));
    }
}

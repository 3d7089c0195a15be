package nl.rechtshulp.intake;

import java.util.ArrayList;
import java.util.List;
import nl.rechtshulp.request.OffenceCategory;
import nl.rechtshulp.request.PersonRole;
import nl.rechtshulp.request.Phenomenon;
import nl.rechtshulp.request.PolicySubGoal;
import nl.rechtshulp.request.Urgency;
import nl.rechtshulp.workflow.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Registers a draft entered in the Tasklist start form through the same intake as the API; a draft made through
 * the API is registered already and passes. The form's raw fields leave the process: the register holds them.
 */
@Component
class RegisterOutgoingRequestDelegate implements JavaDelegate {

    static final List<String> START_FORM_FIELDS = List.of("requestingAuthority", "officerOfJustice", "investigation",
            "deadlineReason", "summaryOfFacts", "offences", "offenceCategory", "policySubGoal", "phenomenon",
            "requestLanguage", "analysingService", "draftingAuthority", "measureDescription", "measureCoercive",
            "personRole", "personName", "personBirthDate", "personNationality",
            "organisedCriminalGroup", "transnationalOffence");

    private final OutgoingIntakeService intake;

    RegisterOutgoingRequestDelegate(OutgoingIntakeService intake) {
        this.intake = intake;
    }

    @Override
    public void execute(DelegateExecution execution) {
        StartFormValues.registerFromStartForm(execution,
                values -> intake.draftFromStartForm(formOf(values), values.submitter()), START_FORM_FIELDS, intake::processVariablesOf);
    }

    private static OutgoingRequestForm formOf(StartFormValues values) {
        var measures = List.of(new IncomingRequestForm.Measure(values.text("measureDescription"),
                values.isChecked("measureCoercive")));
        List<IncomingRequestForm.Person> persons = new ArrayList<>();
        if (values.textOrNull("personName") != null) {
            persons.add(new IncomingRequestForm.Person(values.enumOf(PersonRole.class, "personRole"),
                    values.text("personName"), values.date("personBirthDate"), values.textOrNull("personNationality")));
        }
        return new OutgoingRequestForm(null, null, values.text(ProcessVariables.REQUESTED_STATE),
                values.text("requestingAuthority"), values.text("officerOfJustice"), values.text("investigation"),
                values.enumOf(Urgency.class, ProcessVariables.URGENCY),
                values.date(ProcessVariables.REQUESTED_DEADLINE), values.text("deadlineReason"),
                values.text("summaryOfFacts"), values.text("offences"),
                values.enumOf(OffenceCategory.class, "offenceCategory"),
                values.enumOf(PolicySubGoal.class, "policySubGoal"), values.enumOf(Phenomenon.class, "phenomenon"),
                values.text("requestLanguage"), values.text("analysingService"),
                values.textOrNull("draftingAuthority"), measures, persons, values.yesNo("organisedCriminalGroup"),
                values.yesNo("transnationalOffence"));
    }
}

package nl.rechtshulp.investigationorder;

import java.time.LocalDate;
import java.util.Date;
import java.util.Map;
import nl.rechtshulp.referencedata.DecisionTables;
import nl.rechtshulp.web.DutchTime;
import nl.rechtshulp.workflow.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.stereotype.Component;

/** The executing state recognised the EIO on a day: its execution is then expected within 90 days (art. 12(4)). */
@Component
class RecognitionAbroadTaskListener implements TaskListener {

    static final String EXECUTION_EXPECTED_AT = "eioExecutionExpectedAt";

    private final DecisionTables decisionTables;

    RecognitionAbroadTaskListener(DecisionTables decisionTables) {
        this.decisionTables = decisionTables;
    }

    @Override
    public void notify(DelegateTask task) {
        if (!"RECOGNISED".equals(task.getVariable("recognitionAbroad"))) {
            return;
        }
        Object decided = task.getVariable("recognisedOn");
        if (decided == null || decided.toString().length() < 10) {
            throw new FormFieldValidationException("recognisedOn", "Vul in wanneer de uitvoerende autoriteit het bevel "
                    + "erkende (recognisedOn)");
        }
        Map<String, Object> limits = EioDeadlines.limits(decisionTables,
                String.valueOf(task.getVariable(ProcessVariables.URGENCY)));
        LocalDate expected = LocalDate.parse(decided.toString().substring(0, 10))
                .plusDays(EioDeadlines.days(limits, "executionDays"));
        task.setVariable(EXECUTION_EXPECTED_AT, Date.from(DutchTime.lastSecondOf(expected)));
    }
}

package nl.rechtshulp.followup;

import java.time.LocalDate;
import java.time.Period;
import java.util.Date;
import nl.rechtshulp.web.DutchTime;
import nl.rechtshulp.workflow.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.stereotype.Component;

/**
 * Where a measure is open to a complaint (beklag), the complaint period runs from the day the persons concerned were
 * notified (Sv 5.4.10: 14 days; the length comes from {@code IncomingMlaTimeLimitsDecision}); the results wait for it.
 */
@Component
class ExecuteMeasuresTaskListener implements TaskListener {

    static final String NOTIFIED_ON = "notifiedOn";

    @Override
    public void notify(DelegateTask task) {
        if (!Boolean.TRUE.equals(task.getVariable(ProcessVariables.COMPLAINT_OPEN))) {
            return;
        }
        Object notifiedOn = task.getVariable(NOTIFIED_ON);
        if (notifiedOn == null || notifiedOn.toString().length() < 10) {
            throw new FormFieldValidationException(NOTIFIED_ON, "Een maatregel staat open voor beklag: vul in wanneer "
                    + "de belanghebbenden in kennis zijn gesteld (" + NOTIFIED_ON + ")");
        }
        Period window = Period.parse(String.valueOf(task.getVariable(ProcessVariables.COMPLAINT_WINDOW)));
        LocalDate periodEnds = LocalDate.parse(notifiedOn.toString().substring(0, 10)).plus(window);
        task.setVariable(ProcessVariables.COMPLAINT_PERIOD_ENDS_AT, Date.from(DutchTime.lastSecondOf(periodEnds)));
    }
}

package nl.rechtshulp.followup;

import nl.rechtshulp.web.DutchTime;

import java.time.LocalDate;
import java.time.Period;
import java.util.Date;
import nl.rechtshulp.workflow.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.stereotype.Component;

/**
 * Starts the complaint window on the day the results were handed over; the closing task is followed up when it ends.
 * The window's length comes from {@code IncomingMlaTimeLimitsDecision}.
 */
@Component
class HandOverResultsTaskListener implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        Object handedOverOn = task.getVariable(ProcessVariables.HANDED_OVER_ON);
        if (handedOverOn == null || handedOverOn.toString().length() < 10) {
            throw new FormFieldValidationException(ProcessVariables.HANDED_OVER_ON,
                    "handedOverOn is required as a date (yyyy-mm-dd)");
        }
        Period window = Period.parse(String.valueOf(task.getVariable(ProcessVariables.COMPLAINT_WINDOW)));
        LocalDate windowEnds = LocalDate.parse(handedOverOn.toString().substring(0, 10)).plus(window);
        task.setVariable(ProcessVariables.COMPLAINT_WINDOW_ENDS, Date.from(DutchTime.startOf(windowEnds)));
    }
}

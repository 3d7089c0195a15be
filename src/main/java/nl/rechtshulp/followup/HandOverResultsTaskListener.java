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
 * The day the results were handed over is a date: it is what the case page and the audit trail show. A request
 * started on the earlier model (hand-over first, the complaint window after it) still gets the end of that window,
 * which its closing task is followed up on.
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
        if (!task.hasVariable(ProcessVariables.COMPLAINT_OPEN)) {
            Period window = Period.parse(String.valueOf(task.getVariable(ProcessVariables.COMPLAINT_WINDOW)));
            LocalDate windowEnds = LocalDate.parse(handedOverOn.toString().substring(0, 10)).plus(window);
            task.setVariable(EARLIER_MODELS_WINDOW_ENDS, Date.from(DutchTime.startOf(windowEnds)));
        }
    }

    /** The variable the earlier model's closing task is followed up on. */
    static final String EARLIER_MODELS_WINDOW_ENDS = "complaintWindowEnds";
}

package nl.rechtshulp.followup;

import nl.rechtshulp.workflow.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.stereotype.Component;

/** The day the results were handed over is a date: it is what the case page and the audit trail show. */
@Component
class HandOverResultsTaskListener implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        Object handedOverOn = task.getVariable(ProcessVariables.HANDED_OVER_ON);
        if (handedOverOn == null || handedOverOn.toString().length() < 10) {
            throw new FormFieldValidationException(ProcessVariables.HANDED_OVER_ON,
                    "handedOverOn is required as a date (yyyy-mm-dd)");
        }
    }
}

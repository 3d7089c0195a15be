package nl.rechtshulp.investigationorder;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.stereotype.Component;

/** The decision is extended once, by at most 30 days (art. 12(5)): the expected day lies within the extension. */
@Component
class ExtendRecognitionDeadlineTaskListener implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        LocalDate expected = LocalDate.parse(String.valueOf(task.getVariable("expectedDecisionOn")).substring(0, 10));
        LocalDate latest = LocalDate.parse(String.valueOf(task.getVariable(EioDeadlines.EXTENDED_RECOGNITION_DUE_ON)));
        if (expected.isAfter(latest)) {
            throw new FormFieldValidationException("expectedDecisionOn", "De beslissing kan ten hoogste 30 dagen worden "
                    + "uitgesteld, tot uiterlijk " + latest + " (expectedDecisionOn)");
        }
        task.setVariable("recognitionExtended", true);
    }
}

package nl.rechtshulp.workflow;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.stereotype.Component;

/** On the confirmation of a refusal: a different person than the one who proposed it, recorded by name. */
@Component
class ConfirmRefusalTaskListener implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        String confirmer = TaskActors.of(task);
        if (confirmer.equals(task.getVariable(FourEyesRefusal.PROPOSED_BY))) {
            // The engine's REST API answers this with 400 naming the field; the task stays open for a colleague.
            throw new FormFieldValidationException(FourEyesRefusal.CONFIRMED, "Een tweede persoon van dezelfde autoriteit"
                    + " bevestigt de weigering; u stelde haar zelf voor (" + FourEyesRefusal.CONFIRMED + ")");
        }
        task.setVariable(FourEyesRefusal.CONFIRMED_BY, confirmer);
    }
}

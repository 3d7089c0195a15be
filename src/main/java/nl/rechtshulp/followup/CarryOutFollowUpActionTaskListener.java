package nl.rechtshulp.followup;

import nl.rechtshulp.request.FollowUpRegister;
import nl.rechtshulp.workflow.ProcessVariables;
import nl.rechtshulp.workflow.TaskActors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The owner reports the action done, with its result; the register marks it done. */
@Component
class CarryOutFollowUpActionTaskListener implements TaskListener {

    private final FollowUpRegister followUp;

    CarryOutFollowUpActionTaskListener(FollowUpRegister followUp) {
        this.followUp = followUp;
    }

    @Override
    public void notify(DelegateTask task) {
        followUp.completeAction(Long.parseLong((String) task.getVariable(ProcessVariables.FOLLOW_UP_ACTION_ID)),
                String.valueOf(task.getVariable("followUpResult")), TaskActors.of(task));
    }
}

package nl.rechtshulp.followup;

import nl.rechtshulp.web.DutchTime;

import java.util.Date;
import nl.rechtshulp.request.FollowUpRegister;
import nl.rechtshulp.workflow.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Gives one tracked action its kind, owner and due date, local to its own instance of the follow-up. */
@Component
class PrepareFollowUpActionDelegate implements JavaDelegate {
    /** Due at the end of the working day in The Hague, so a task due today is not yet overdue this morning. */
    private static final int DUE_HOUR = 17;

    private final FollowUpRegister followUp;

    PrepareFollowUpActionDelegate(FollowUpRegister followUp) {
        this.followUp = followUp;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var action = followUp.action(Long.parseLong((String) execution.getVariable(ProcessVariables.FOLLOW_UP_ACTION_ID)));
        execution.setVariableLocal(ProcessVariables.FOLLOW_UP_KIND, action.kind().name());
        execution.setVariableLocal(ProcessVariables.FOLLOW_UP_OWNER, action.owner());
        execution.setVariableLocal(ProcessVariables.FOLLOW_UP_DUE,
                Date.from(action.dueOn().atTime(DUE_HOUR, 0).atZone(DutchTime.ZONE).toInstant()));
        execution.setVariableLocal("followUpDescription", action.description());
    }
}

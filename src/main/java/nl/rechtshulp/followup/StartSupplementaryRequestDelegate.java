package nl.rechtshulp.followup;

import nl.rechtshulp.intake.OutgoingIntakeService;
import nl.rechtshulp.request.FollowUpRegister;
import nl.rechtshulp.request.RequestReference;
import nl.rechtshulp.workflow.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** A reply called for a supplementary request: drafts it, linked to this one, and the action is done. */
@Component
class StartSupplementaryRequestDelegate implements JavaDelegate {

    private final OutgoingIntakeService outgoingIntake;
    private final FollowUpRegister followUp;

    StartSupplementaryRequestDelegate(OutgoingIntakeService outgoingIntake, FollowUpRegister followUp) {
        this.outgoingIntake = outgoingIntake;
        this.followUp = followUp;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long actionId = Long.parseLong((String) execution.getVariable(ProcessVariables.FOLLOW_UP_ACTION_ID));
        var action = followUp.action(actionId);
        var parent = new RequestReference(execution.getProcessBusinessKey());
        String proposedBy = followUp.proposerOf(actionId);
        var supplementary = outgoingIntake.draftSupplementary(parent, action.description(), proposedBy);
        followUp.linkSupplementaryRequest(actionId, supplementary.getReference(), proposedBy);
    }
}

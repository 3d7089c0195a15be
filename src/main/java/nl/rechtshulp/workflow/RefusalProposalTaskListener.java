package nl.rechtshulp.workflow;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** On a step that may refuse: when its answer refuses, who proposed it, where, and which authority confirms it. */
@Component
public class RefusalProposalTaskListener implements TaskListener {

    /** The step, and its form value that means "refuse" when false. */
    private static final Map<String, String> REFUSING_VALUE = Map.of(
            "Task_AssessAsCentralAuthority", "centralAuthorityAccepts",
            "Task_AssessLegalConditions", "assistanceGranted",
            "Task_RecordExaminingJudgeDecision", "examiningJudgeAuthorises");

    @Override
    public void notify(DelegateTask task) {
        String field = REFUSING_VALUE.get(task.getTaskDefinitionKey());
        Object answer = field == null ? null : task.getVariable(field);
        if (!Boolean.FALSE.equals(answer) && !"false".equals(answer)) {
            return;
        }
        task.setVariable(FourEyesRefusal.PROPOSED_BY, TaskActors.of(task));
        task.setVariable(FourEyesRefusal.PROPOSED_AT, task.getTaskDefinitionKey());
        // AIRS refuses as the central authority; otherwise the officier van justitie of the owning IRC.
        task.setVariable(FourEyesRefusal.AUTHORITY, "Task_AssessAsCentralAuthority".equals(task.getTaskDefinitionKey())
                ? "airs" : String.valueOf(task.getVariable("owningIrc")));
    }
}

package nl.rechtshulp.workflow;

import org.camunda.bpm.engine.delegate.DelegateTask;

/** Who completes a task: the signed-in user, else its assignee, else the system (a timer or a job). */
public final class TaskActors {

    private TaskActors() {
    }

    public static String of(DelegateTask task) {
        var authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        if (authentication != null && authentication.getUserId() != null) {
            return authentication.getUserId();
        }
        return task.getAssignee() != null ? task.getAssignee() : "system";
    }
}

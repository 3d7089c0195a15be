package nl.rechtshulp.investigationorder;

import nl.rechtshulp.audit.AuditTrail;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * A statutory deadline is near: every open task of the request goes to the top of the Tasklist (priority 100), and
 * the audit trail records the warning, so the coordinator and the officier see which deadline it is.
 */
@Component
class StatutoryDeadlineWarningDelegate implements JavaDelegate {

    static final int TOP_PRIORITY = 100;

    private final TaskService taskService;
    private final AuditTrail auditTrail;

    StatutoryDeadlineWarningDelegate(TaskService taskService, AuditTrail auditTrail) {
        this.taskService = taskService;
        this.auditTrail = auditTrail;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String reference = execution.getProcessBusinessKey();
        taskService.createTaskQuery().processInstanceBusinessKey(reference).list()
                .forEach(task -> taskService.setPriority(task.getId(), TOP_PRIORITY));
        String deadline = execution.getCurrentActivityName();
        auditTrail.record(reference, "DEADLINE_WARNING", execution.getCurrentActivityId(), null, deadline, null);
    }
}

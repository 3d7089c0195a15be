package nl.rechtshulp.workflow;

import nl.rechtshulp.web.DutchTime;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Map;
import nl.rechtshulp.referencedata.DecisionTables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Gives every new user task its due date (target time from {@code TaskTargetTimeDecision}, never later than the
 * requesting state's deadline; a due date the model gives stands), a priority from the urgency, and a name and
 * description that say which request it is for, so Tasklist's sorting and filters work.
 */
@Component
class TaskDefaultsListener implements TaskListener {

    static final String TARGET_TIME_DECISION = "TaskTargetTimeDecision";
    private static final Map<String, Integer> PRIORITY_BY_URGENCY = Map.of("NORMAL", 50, "URGENT", 75, "DETAINED", 100);

    private final DecisionTables decisionTables;
    private final Clock clock;

    TaskDefaultsListener(DecisionTables decisionTables, Clock clock) {
        this.decisionTables = decisionTables;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        // The request's facts are the process's: read from the execution, a task just created is not asked for
        // variables of its own, which would cost a query per task.
        DelegateExecution process = task.getExecution();
        String reference = (String) process.getVariable(ProcessVariables.REFERENCE);
        String urgency = (String) process.getVariable(ProcessVariables.URGENCY);
        String deadline = (String) process.getVariable(ProcessVariables.REQUESTED_DEADLINE);
        task.setName(task.getName() + " (" + reference + ")");
        task.setDescription(describe(process, reference, urgency, deadline));
        task.setPriority(PRIORITY_BY_URGENCY.getOrDefault(urgency, 50));
        if (task.getDueDate() == null) { // a due date the model sets (a follow-up action's own) stands
            task.setDueDate(Date.from(dueDate(task.getTaskDefinitionKey(), urgency, deadline).toInstant()));
        }
    }

    private ZonedDateTime dueDate(String taskKey, String urgency, String deadline) {
        Number targetDays = (Number) decisionTables.evaluate(TARGET_TIME_DECISION,
                Map.of("taskKey", taskKey, "urgency", urgency)).get("targetDays");
        ZonedDateTime due = ZonedDateTime.now(clock.withZone(DutchTime.ZONE)).plusDays(targetDays.longValue());
        if (deadline != null) {
            ZonedDateTime deadlineStart = LocalDate.parse(deadline).atStartOfDay(DutchTime.ZONE);
            if (deadlineStart.isBefore(due)) {
                return deadlineStart;
            }
        }
        return due;
    }

    private static String describe(DelegateExecution process, String reference, String urgency, String deadline) {
        StringBuilder description = new StringBuilder(reference);
        Object requestingState = process.getVariable(ProcessVariables.REQUESTING_STATE_NAME);
        Object requestedState = process.getVariable(ProcessVariables.REQUESTED_STATE_NAME);
        if (requestingState != null) {
            description.append(" · ").append(requestingState);
        } else if (requestedState != null) {
            description.append(" · naar ").append(requestedState);
        }
        description.append(" · ").append(urgency).append(" · dossier /requests/").append(reference);
        if (deadline != null) {
            description.append(" · termijn verzoekende staat ").append(deadline);
        }
        return description.toString();
    }
}

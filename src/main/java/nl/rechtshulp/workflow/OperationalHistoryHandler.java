package nl.rechtshulp.workflow;

import java.util.Set;
import org.camunda.bpm.engine.EntityTypes;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.impl.history.event.HistoricActivityInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.UserOperationLogEntryEventEntity;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;

/**
 * The engine's own history tables keep what the engine, its webapps and the product read from them: process and task
 * instances, the user operation log of open tasks (the Tasklist's history of a task: claims, assignments, dates),
 * identity links, decisions, incidents, jobs, and the activity instances of timers (the statutory deadlines that
 * passed). Variables, the activities between and the log entry of a task's completion (a completed task leaves the
 * Tasklist) are not written there: the audit trail, fed by the same events in the same transaction, records every
 * variable set with its value and every completion with who and when, and keeps them for longer; the register keeps
 * the phases. Without this, every form fact was stored three times (variable instance, its detail, its audit entry).
 */
class OperationalHistoryHandler extends DbHistoryEventHandler {

    /** Activity types whose instances are kept: the timers, which users read as deadlines passed. */
    static final Set<String> KEPT_ACTIVITY_TYPES = Set.of("boundaryTimer", "intermediateTimer", "startTimerEvent");

    @Override
    public void handleEvent(HistoryEvent event) {
        if (kept(event)) {
            super.handleEvent(event);
        }
    }

    static boolean kept(HistoryEvent event) {
        if (event instanceof HistoricVariableUpdateEventEntity || event instanceof HistoricFormPropertyEventEntity) {
            return false;
        }
        if (event instanceof UserOperationLogEntryEventEntity operation) {
            return !(UserOperationLogEntry.OPERATION_TYPE_COMPLETE.equals(operation.getOperationType())
                    && EntityTypes.TASK.equals(operation.getEntityType()));
        }
        if (event instanceof HistoricActivityInstanceEventEntity activity) {
            return KEPT_ACTIVITY_TYPES.contains(activity.getActivityType());
        }
        return true;
    }
}

package nl.rechtshulp.audit;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import org.camunda.bpm.engine.EntityTypes;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.event.HistoricIncidentEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricProcessInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricTaskInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.UserOperationLogEntryEventEntity;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * Feeds the audit trail from the engine's history events: tasks created, completed and deleted; processes started,
 * ended and cancelled; variable changes; incidents; and what users did through the engine's services (claim, assign,
 * due dates, cancellation...), with before and after. Engine history is cleaned after its time to live; this is not.
 */
class AuditHistoryEventHandler implements HistoryEventHandler {

    private static final int MAX_VALUE = 4000;
    private final AuditTrail trail;

    AuditHistoryEventHandler(AuditTrail trail) {
        this.trail = trail;
    }

    @Override
    public void handleEvent(HistoryEvent event) {
        if (event instanceof HistoricTaskInstanceEventEntity task) {
            switch (task.getEventType()) {
                case "create" -> record(task, "TASK_CREATED", subject(task), null, task.getAssignee(), null);
                // The engine ends every task with "complete"; only the reason tells a completed task from a removed one.
                case "complete", "delete" -> {
                    if ("completed".equals(task.getDeleteReason())) {
                        record(task, "TASK_COMPLETED", subject(task), null, task.getAssignee(), null);
                    } else {
                        record(task, "TASK_DELETED", subject(task), null, null, removalReason(task));
                    }
                }
                default -> { } // claims and assignments come through the user operation log, with before and after
            }
        } else if (event instanceof HistoricProcessInstanceEventEntity process) {
            switch (process.getEventType()) {
                case "start" -> record(process, "PROCESS_STARTED", process.getProcessDefinitionKey(), null,
                        process.getBusinessKey(), null);
                case "end" -> record(process, "COMPLETED".equals(process.getState()) ? "PROCESS_ENDED" : "PROCESS_CANCELLED",
                        process.getProcessDefinitionKey(), null, process.getEndActivityId(),
                        process.getDeleteReason() != null ? process.getDeleteReason() : process.getState());
                default -> { }
            }
        } else if (event instanceof HistoricVariableUpdateEventEntity variable) {
            if (referenceOf(variable) == null) {
                // A Tasklist start form's raw fields, before registration takes them into the register (and out of
                // the process): they may name persons, and the registration itself is recorded.
                return;
            }
            if (copiedFromCallingProcess(variable)) {
                return; // the value is in the trail already, from the request's own process
            }
            record(variable, "delete".equals(variable.getEventType()) ? "VARIABLE_DELETED" : "VARIABLE_SET",
                    variable.getVariableName(), null, valueOf(variable), null);
        } else if (event instanceof HistoricIncidentEventEntity incident) {
            record(incident, "resolve".equals(incident.getEventType()) ? "INCIDENT_RESOLVED" : "INCIDENT",
                    incident.getActivityId(), null, null, limit(incident.getIncidentMessage()));
        } else if (event instanceof UserOperationLogEntryEventEntity operation) {
            if (UserOperationLogEntry.OPERATION_TYPE_COMPLETE.equals(operation.getOperationType())
                    && EntityTypes.TASK.equals(operation.getEntityType())) {
                return; // recorded once, as TASK_COMPLETED with the same who and when
            }
            String subject = operation.getEntityType() + " " + operation.getOperationType()
                    + (operation.getProperty() == null ? "" : " " + operation.getProperty());
            record(operation, "USER_OPERATION", subject, limit(operation.getOrgValue()), limit(operation.getNewValue()),
                    limit(operation.getAnnotation()));
        }
    }

    @Override
    public void handleEvents(List<HistoryEvent> events) {
        events.forEach(this::handleEvent);
    }

    private void record(HistoryEvent event, String action, String subject, String before, String after, String reason) {
        var commandContext = Context.getCommandContext();
        String actor = commandContext == null ? null : commandContext.getAuthenticatedUserId();
        List<String> groups = commandContext == null ? null : commandContext.getAuthenticatedGroupIds();
        trail.recordEngineEvent(new AuditEvent(now(), actor == null ? "system" : actor,
                groups == null || actor == null ? null : String.join(",", new TreeSet<>(groups)),
                referenceOf(event), event.getProcessInstanceId(), AuditSource.ENGINE, action, subject, before, after,
                reason));
    }

    /** The request's reference from the process instance the engine has in hand; the writer looks up the rest. */
    private static String referenceOf(HistoryEvent event) {
        if (event instanceof HistoricProcessInstanceEventEntity process && process.getBusinessKey() != null) {
            return process.getBusinessKey();
        }
        var commandContext = Context.getCommandContext();
        if (event.getProcessInstanceId() == null || commandContext == null) {
            return null;
        }
        ExecutionEntity instance = commandContext.getDbEntityManager()
                .getCachedEntity(ExecutionEntity.class, event.getProcessInstanceId());
        return instance == null ? null : instance.getBusinessKey();
    }

    /**
     * A called process (the results' transfer) starts with copies of the calling process's variables: the same name
     * and value as a variable of the execution that called it.
     */
    private static boolean copiedFromCallingProcess(HistoricVariableUpdateEventEntity variable) {
        var commandContext = Context.getCommandContext();
        if (!"create".equals(variable.getEventType()) || commandContext == null || variable.getProcessInstanceId() == null) {
            return false;
        }
        ExecutionEntity instance = commandContext.getDbEntityManager()
                .getCachedEntity(ExecutionEntity.class, variable.getProcessInstanceId());
        ExecutionEntity caller = instance == null ? null : instance.getSuperExecution();
        if (caller == null) {
            return false;
        }
        var original = caller.getVariableInstance(variable.getVariableName());
        return original instanceof VariableInstanceEntity value
                && Objects.equals(value.getSerializerName(), variable.getSerializerName())
                && Objects.equals(value.getTextValue(), variable.getTextValue())
                && Objects.equals(value.getLongValue(), variable.getLongValue())
                && Objects.equals(value.getDoubleValue(), variable.getDoubleValue());
    }

    /** A task ended by the delivery of a withdrawal says so, with the state's reason; others keep the engine's. */
    private static String removalReason(HistoricTaskInstanceEventEntity task) {
        String known = RemovalReason.current();
        return known != null ? limit(known) : task.getDeleteReason();
    }

    private static String subject(HistoricTaskInstanceEventEntity task) {
        return task.getTaskDefinitionKey() + " " + task.getTaskId();
    }

    private static String valueOf(HistoricVariableUpdateEventEntity variable) {
        if (variable.getTextValue() != null) {
            return limit(variable.getTextValue());
        }
        if (variable.getLongValue() != null) {
            return switch (String.valueOf(variable.getSerializerName())) {
                case "boolean" -> String.valueOf(variable.getLongValue() != 0);
                case "date" -> Instant.ofEpochMilli(variable.getLongValue()).toString();
                default -> variable.getLongValue().toString();
            };
        }
        return variable.getDoubleValue() == null ? null : variable.getDoubleValue().toString();
    }

    private static Instant now() {
        Date current = ClockUtil.getCurrentTime();
        return current.toInstant();
    }

    private static String limit(String value) {
        return value == null || value.length() <= MAX_VALUE ? value : value.substring(0, MAX_VALUE - 1) + "…";
    }
}

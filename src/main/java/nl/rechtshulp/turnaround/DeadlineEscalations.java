package nl.rechtshulp.turnaround;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import nl.rechtshulp.workflow.ProcessKeys;
import nl.rechtshulp.workflow.ProcessVariables;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Warns the owning authority and the coordinators when a request has used its warning share of the time to its
 * target, and raises a coordinator task when the target passes. Each request is warned once and escalated once: the
 * read model marks it, and of several nodes only the one whose mark lands starts the task.
 */
@Component
class DeadlineEscalations {

    private final JdbcTemplate jdbc;
    private final RuntimeService runtimeService;
    private final Clock clock;

    DeadlineEscalations(JdbcTemplate jdbc, RuntimeService runtimeService, Clock clock) {
        this.jdbc = jdbc;
        this.runtimeService = runtimeService;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${rechtshulp.turnaround.escalation-interval:PT5M}",
            initialDelayString = "${rechtshulp.turnaround.escalation-initial-delay:PT1M}")
    @Transactional
    public int escalate() {
        Instant now = clock.instant();
        int started = 0;
        // A stopped clock (the requesting state has the request) is not a reason to warn the Dutch side.
        for (Map<String, Object> due : jdbc.queryForList("""
                select request_id, reference, authority, urgency, target_at, fatal_at from request_turnaround
                where closed_at is null and warned_at is null and warn_at <= ? and target_at > ? and clock <> 'STOPPED'""",
                Timestamp.from(now), Timestamp.from(now))) {
            started += mark(due, "warned_at", now) ? start(due, "WARNING") : 0;
        }
        for (Map<String, Object> due : jdbc.queryForList("""
                select request_id, reference, authority, urgency, target_at, fatal_at from request_turnaround
                where closed_at is null and breached_at is null and target_at <= ?""", Timestamp.from(now))) {
            if (mark(due, "breached_at", now)) {
                jdbc.update("update request_turnaround set warned_at = coalesce(warned_at, ?) where request_id = ?",
                        Timestamp.from(now), due.get("request_id"));
                started += start(due, "BREACH");
            }
        }
        return started;
    }

    private boolean mark(Map<String, Object> due, String column, Instant now) {
        return jdbc.update("update request_turnaround set " + column + " = ? where request_id = ? and " + column + " is null",
                Timestamp.from(now), due.get("request_id")) == 1;
    }

    private int start(Map<String, Object> due, String kind) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("escalation", kind);
        variables.put(ProcessVariables.REFERENCE, due.get("reference"));
        variables.put(ProcessVariables.URGENCY, due.get("urgency"));
        variables.put("authority", due.get("authority"));
        variables.put("targetAt", String.valueOf(instant(due.get("target_at")).atZone(Deadlines.AMSTERDAM).toLocalDate()));
        variables.put("fatalAt", String.valueOf(instant(due.get("fatal_at")).atZone(Deadlines.AMSTERDAM).toLocalDate()));
        variables.put(ProcessVariables.REQUESTING_STATE_NAME, "termijnbewaking");
        runtimeService.startProcessInstanceByKey(ProcessKeys.DEADLINE_ESCALATION, (String) due.get("reference"), variables);
        return 1;
    }

    private static Instant instant(Object value) {
        return value instanceof Timestamp timestamp ? timestamp.toInstant()
                : Instant.from((java.time.temporal.TemporalAccessor) value);
    }
}

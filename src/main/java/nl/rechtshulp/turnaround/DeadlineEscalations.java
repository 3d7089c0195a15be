package nl.rechtshulp.turnaround;

import nl.rechtshulp.web.DutchTime;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import nl.rechtshulp.workflow.ProcessKeys;
import nl.rechtshulp.workflow.ProcessVariables;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Warns the owning authority and the coordinators when a request has used its warning share of the time to its
 * target, and raises a coordinator task when the target passes. Each request is warned once and escalated once: the
 * read model marks it, and of several nodes only the one whose mark lands starts the task. A run handles at most
 * {@link TurnaroundSettings#escalationBatch()} requests of each kind, most urgent first, each in its own
 * transaction, so a backlog is worked off over a few runs instead of in one unbounded step.
 */
@Component
class DeadlineEscalations {

    private final JdbcTemplate jdbc;
    private final RuntimeService runtimeService;
    private final TransactionTemplate eachOnItsOwn;
    private final Clock clock;
    private final int batch;

    DeadlineEscalations(JdbcTemplate jdbc, RuntimeService runtimeService, PlatformTransactionManager transactions,
                        Clock clock, TurnaroundSettings settings) {
        this.jdbc = jdbc;
        this.runtimeService = runtimeService;
        this.eachOnItsOwn = new TransactionTemplate(transactions);
        this.clock = clock;
        this.batch = settings.escalationBatch();
    }

    public int escalate() {
        Instant now = clock.instant();
        Timestamp at = Timestamp.from(now);
        int started = 0;
        // A stopped clock (the requesting state has the request) is not a reason to warn the Dutch side.
        for (Map<String, Object> due : jdbc.queryForList("""
                select request_id, reference, authority, urgency, target_at, fatal_at from request_turnaround
                where closed_at is null and warned_at is null and warn_at <= ? and target_at > ? and clock <> 'STOPPED'
                order by target_at fetch first %d rows only""".formatted(batch), at, at)) {
            started += escalate(due, "warned_at", "WARNING", now);
        }
        for (Map<String, Object> due : jdbc.queryForList("""
                select request_id, reference, authority, urgency, target_at, fatal_at from request_turnaround
                where closed_at is null and breached_at is null and target_at <= ?
                order by target_at fetch first %d rows only""".formatted(batch), at)) {
            started += escalate(due, "breached_at", "BREACH", now);
        }
        return started;
    }

    /** Marks the request and starts its task together; a mark another node set first means nothing to do. */
    private int escalate(Map<String, Object> due, String mark, String kind, Instant now) {
        Integer started = eachOnItsOwn.execute(status -> {
            if (jdbc.update("update request_turnaround set " + mark + " = ? where request_id = ? and " + mark + " is null",
                    Timestamp.from(now), due.get("request_id")) != 1) {
                return 0;
            }
            if ("BREACH".equals(kind)) {
                jdbc.update("update request_turnaround set warned_at = coalesce(warned_at, ?) where request_id = ?",
                        Timestamp.from(now), due.get("request_id"));
            }
            runtimeService.startProcessInstanceByKey(ProcessKeys.DEADLINE_ESCALATION, (String) due.get("reference"),
                    variables(due, kind));
            return 1;
        });
        return started == null ? 0 : started;
    }

    private static Map<String, Object> variables(Map<String, Object> due, String kind) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("escalation", kind);
        variables.put(ProcessVariables.REFERENCE, due.get("reference"));
        variables.put(ProcessVariables.URGENCY, due.get("urgency"));
        variables.put("authority", due.get("authority"));
        variables.put("targetAt", String.valueOf(DatabaseTimes.instant(due.get("target_at")).atZone(DutchTime.ZONE).toLocalDate()));
        variables.put("fatalAt", String.valueOf(DatabaseTimes.instant(due.get("fatal_at")).atZone(DutchTime.ZONE).toLocalDate()));
        return variables;
    }

}

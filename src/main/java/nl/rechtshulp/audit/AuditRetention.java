package nl.rechtshulp.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Removes the audit trail of requests closed longer ago than their type's retention period (a legal setting,
 * {@code rechtshulp.audit.retention}), whole chains at a time so every remaining chain still verifies. The removal is
 * itself recorded. Independent of the engine's history cleanup.
 */
@Component
class AuditRetention {

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final AuditTrail trail;
    private final Settings settings;
    private final Clock clock;
    private final AuditCheckpoints checkpoints;

    AuditRetention(JdbcTemplate jdbc, AuditTrail trail, Settings settings, Clock clock, AuditCheckpoints checkpoints) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.trail = trail;
        this.settings = settings;
        this.clock = clock;
        this.checkpoints = checkpoints;
    }

    /** Retention per request type (ISO-8601 periods). */
    @ConfigurationProperties("rechtshulp.audit")
    record Settings(Map<String, Period> retention) {
    }

    /** Nightly, outside office hours; several nodes doing it at once remove nothing twice. */
    @Scheduled(cron = "${rechtshulp.audit.retention-cron:0 30 2 * * *}", zone = "Europe/Amsterdam")
    @Transactional
    public int removeExpired() {
        Instant now = clock.instant();
        int removed = 0;
        for (var entry : settings.retention().entrySet()) {
            Instant closedBefore = now.atZone(java.time.ZoneOffset.UTC).minus(entry.getValue()).toInstant();
            List<String> expired = jdbc.queryForList("""
                    select r.reference from request r join audit_chain c on c.chain_key = r.reference
                    where r.request_type = ? and r.closed_at < ?""", String.class, entry.getKey(),
                    java.sql.Timestamp.from(closedBefore));
            if (expired.isEmpty()) {
                continue;
            }
            var chains = new MapSqlParameterSource("chains", expired);
            named.update("delete from audit_entry where chain_key in (:chains)", chains);
            named.update("delete from audit_chain where chain_key in (:chains)", chains);
            trail.record(null, "RETENTION_REMOVED", entry.getKey() + " closed before " + closedBefore,
                    null, String.join(",", expired), "retention " + entry.getValue() + " for " + entry.getKey());
            removed += expired.size();
        }
        if (removed > 0) {
            // The removal's record enters the trail as this transaction commits; a checkpoint right after holds it,
            // and only a removal a checkpoint holds explains a missing chain to the verifier.
            org.springframework.transaction.support.TransactionSynchronizationManager.registerSynchronization(
                    new org.springframework.transaction.support.TransactionSynchronization() {
                        @Override
                        public void afterCommit() {
                            checkpoints.write(true);
                        }
                    });
        }
        return removed;
    }
}

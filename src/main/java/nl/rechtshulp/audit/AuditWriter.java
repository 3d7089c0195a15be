package nl.rechtshulp.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Appends a transaction's entries to their chains: per chain, lock its head, link and seal each entry, insert them in
 * one batch, move the head. Runs inside the caller's transaction, so entries commit with what they describe.
 */
@Component
class AuditWriter {

    static final String SYSTEM_CHAIN = "system";
    private static final String INSERT = """
            insert into audit_entry (chain_key, chain_seq, occurred_at, actor, actor_groups, request_reference, source,
                action, subject, before_value, after_value, reason, previous_hash, hash, key_id)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final AuditKeys keys;

    AuditWriter(JdbcTemplate jdbc, AuditKeys keys) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.keys = keys;
    }

    void write(List<AuditEvent> events) {
        Map<String, List<AuditEvent>> byChain = new TreeMap<>(); // one lock order for every writer: no deadlocks
        for (AuditEvent event : withReferences(events)) {
            String chain = event.requestReference() == null ? SYSTEM_CHAIN : event.requestReference();
            byChain.computeIfAbsent(chain, key -> new ArrayList<>()).add(event);
        }
        byChain.forEach(this::append);
    }

    private void append(String chain, List<AuditEvent> events) {
        List<Map<String, Object>> head = jdbc.queryForList(
                "select last_seq, last_hash from audit_chain where chain_key = ? for update", chain);
        long seq = 0;
        String previous = ChainHash.GENESIS;
        if (head.isEmpty()) {
            // A request's chain starts with its registration, which no other transaction can see yet.
            jdbc.update("insert into audit_chain (chain_key, last_seq, last_hash) values (?, 0, ?)", chain, previous);
        } else {
            seq = ((Number) head.get(0).get("last_seq")).longValue();
            previous = (String) head.get(0).get("last_hash");
        }
        List<Object[]> rows = new ArrayList<>(events.size());
        for (AuditEvent event : events) {
            seq++;
            Instant at = event.occurredAt().truncatedTo(ChronoUnit.MICROS);
            String hash = ChainHash.seal(keys.current(), keys.currentId(), previous, chain, seq, at, event.actor(),
                    event.actorGroups(), event.requestReference(), event.source().name(), event.action(),
                    event.subject(), event.before(), event.after(), event.reason());
            rows.add(new Object[] {chain, seq, Timestamp.from(at), event.actor(), event.actorGroups(),
                    event.requestReference(), event.source().name(), event.action(), event.subject(), event.before(),
                    event.after(), event.reason(), previous, hash, keys.currentId()});
            previous = hash;
        }
        jdbc.batchUpdate(INSERT, rows);
        jdbc.update("update audit_chain set last_seq = ?, last_hash = ? where chain_key = ?", seq, previous, chain);
    }

    /** Engine events of a process started from a form learn its reference from the engine's history, in one query. */
    private List<AuditEvent> withReferences(List<AuditEvent> events) {
        Set<String> unresolved = events.stream()
                .filter(event -> event.requestReference() == null && event.processInstanceId() != null)
                .map(AuditEvent::processInstanceId).collect(Collectors.toSet());
        if (unresolved.isEmpty()) {
            return events;
        }
        Map<String, String> referenceByProcess = new HashMap<>();
        named.query("select id_, business_key_ from act_hi_procinst where id_ in (:ids)",
                new MapSqlParameterSource("ids", unresolved),
                row -> {
                    referenceByProcess.put(row.getString(1), row.getString(2));
                });
        return events.stream().map(event -> event.requestReference() == null && event.processInstanceId() != null
                        ? event.withReference(referenceByProcess.get(event.processInstanceId())) : event)
                .filter(Objects::nonNull).toList();
    }
}

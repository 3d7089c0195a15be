package nl.rechtshulp.audit;

import nl.rechtshulp.web.DutchTime;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads the trail: one request's timeline, or a search across requests, newest first. */
@Component
class AuditQueries {

    static final int MAX_RESULTS = 5000;
    private static final String COLUMNS = """
            id, chain_key, chain_seq, occurred_at, actor, actor_groups, request_reference, source, action, subject,
            before_value, after_value, reason, hash""";

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    AuditQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    /**
     * A request's timeline in the order it happened. A variable's entry shows its value before the change, taken
     * from the entry that set it last; the engine reports only the new value.
     */
    List<AuditEntryView> timeline(String reference) {
        List<AuditEntryView> entries = jdbc.query("select " + COLUMNS + " from audit_entry where chain_key = ? order by chain_seq",
                AuditQueries::entry, reference);
        Map<String, String> lastValue = new HashMap<>();
        List<AuditEntryView> withBefore = new ArrayList<>(entries.size());
        for (AuditEntryView entry : entries) {
            if (entry.action().startsWith("VARIABLE_")) {
                String before = lastValue.put(entry.subject(), entry.after());
                entry = new AuditEntryView(entry.id(), entry.chain(), entry.seq(), entry.occurredAt(),
                        entry.occurredAtAmsterdam(), entry.actor(), entry.actorGroups(), entry.requestReference(),
                        entry.source(), entry.action(), entry.subject(), before, entry.after(), entry.reason(), entry.hash());
            }
            withBefore.add(entry);
        }
        return withBefore;
    }

    List<AuditEntryView> search(AuditSearch search) {
        StringBuilder sql = new StringBuilder("select " + COLUMNS + " from audit_entry where 1 = 1");
        var parameters = new MapSqlParameterSource();
        if (search.actor() != null) {
            sql.append(" and actor = :actor");
            parameters.addValue("actor", search.actor());
        }
        if (search.authority() != null) {
            // Groups are stored sorted and comma-separated; the commas keep "irc" from matching "ircAmsterdam".
            sql.append(" and (',' || actor_groups || ',') like :authority");
            parameters.addValue("authority", "%," + search.authority() + ",%");
        }
        if (search.from() != null) {
            sql.append(" and occurred_at >= :from");
            parameters.addValue("from", java.sql.Timestamp.from(search.from()));
        }
        if (search.to() != null) {
            sql.append(" and occurred_at < :to");
            parameters.addValue("to", java.sql.Timestamp.from(search.to()));
        }
        if (search.action() != null) {
            sql.append(" and action = :action");
            parameters.addValue("action", search.action());
        }
        if (search.requestReference() != null) {
            sql.append(" and chain_key = :reference");
            parameters.addValue("reference", search.requestReference());
        }
        sql.append(" order by occurred_at desc, id desc fetch first ").append(MAX_RESULTS).append(" rows only");
        return named.query(sql.toString(), parameters, AuditQueries::entry);
    }

    private static AuditEntryView entry(ResultSet row, int number) throws SQLException {
        var at = row.getObject("occurred_at", java.time.OffsetDateTime.class).toInstant();
        return new AuditEntryView(row.getLong("id"), row.getString("chain_key"), row.getLong("chain_seq"), at,
                at.atZone(DutchTime.ZONE).toLocalDateTime(), row.getString("actor"), row.getString("actor_groups"),
                row.getString("request_reference"), AuditSource.valueOf(row.getString("source")),
                row.getString("action"), row.getString("subject"), row.getString("before_value"),
                row.getString("after_value"), row.getString("reason"), row.getString("hash"));
    }
}

package nl.rechtshulp.request;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A request's phase transitions, decisions and messages, read with plain SQL: every status read shows them, and the
 * rows are only ever inserted, so nothing is gained from loading them as entities.
 */
@Component
class RequestHistoryReads {

    private final JdbcTemplate jdbc;

    RequestHistoryReads(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    RequestHistory of(long requestId) {
        return new RequestHistory(
                jdbc.query("""
                        select phase, stage, clock, clock_reason, entered_at from request_phase_transition
                        where request_id = ? order by entered_at, id""",
                        (row, number) -> new RequestHistory.Transition(new Lifecycle(Phase.valueOf(row.getString(1)),
                                row.getString(2), RequestClock.valueOf(row.getString(3)), row.getString(4)),
                                instant(row, 5)), requestId),
                jdbc.query("""
                        select task_key, decided_by, decided_at, details from request_decision
                        where request_id = ? order by decided_at, id""",
                        (row, number) -> new RequestHistory.Decision(row.getString(1), row.getString(2), instant(row, 3),
                                row.getString(4)), requestId),
                jdbc.query("""
                        select kind, received_on, summary, recorded_by, recorded_at from request_message
                        where request_id = ? order by received_on, id""",
                        (row, number) -> new RequestHistory.Message(MessageKind.valueOf(row.getString(1)),
                                row.getObject(2, LocalDate.class), row.getString(3), row.getString(4), instant(row, 5)),
                        requestId));
    }

    static Instant instant(ResultSet row, int column) throws SQLException {
        var timestamp = row.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}

package nl.rechtshulp.request;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A request's interpretations of replies and its follow-up actions as every status read shows them, each in one
 * plain statement with what it refers to (the reply, the linked request's reference): most requests have none, and
 * the status read asked twice per step through the entity queries to learn that. Reads inside a write transaction
 * go through the entities ({@link FollowUpRegister#action}), which see what that transaction has not flushed yet.
 */
@Component
class FollowUpReads {

    private final JdbcTemplate jdbc;

    FollowUpReads(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<FollowUpRegister.Analysis> analysesOf(long requestId) {
        return jdbc.query("""
                select a.message_id, m.kind, m.received_on, a.analysed_by, a.analysed_at, a.obtained, a.relevance,
                       a.reply_complete, a.next_steps
                from request_reply_analysis a join request_message m on m.id = a.message_id
                where a.request_id = ? order by a.analysed_at, a.id""",
                (row, number) -> new FollowUpRegister.Analysis(row.getLong(1), MessageKind.valueOf(row.getString(2)),
                        row.getObject(3, LocalDate.class), row.getString(4), RequestHistoryReads.instant(row, 5),
                        row.getString(6), Relevance.valueOf(row.getString(7)), row.getBoolean(8), row.getString(9)),
                requestId);
    }

    List<FollowUpRegister.Action> actionsOf(long requestId) {
        return jdbc.query("""
                select f.id, f.kind, f.description, f.owner, f.due_on, f.state, f.result, f.completed_by,
                       f.completed_at, linked.reference
                from request_follow_up_action f left join request linked on linked.id = f.linked_request_id
                where f.request_id = ? order by f.id""",
                (row, number) -> new FollowUpRegister.Action(row.getLong(1), FollowUpKind.valueOf(row.getString(2)),
                        row.getString(3), row.getString(4), row.getObject(5, LocalDate.class),
                        FollowUpState.valueOf(row.getString(6)), row.getString(7), row.getString(8),
                        RequestHistoryReads.instant(row, 9), row.getString(10)),
                requestId);
    }
}

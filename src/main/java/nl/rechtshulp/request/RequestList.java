package nl.rechtshulp.request;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.rechtshulp.security.CurrentUser;
import nl.rechtshulp.web.DutchTime;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The request list a person works from: the requests they may see, open ones first, ordered by the nearest running
 * deadline (an open task's due date, a statutory timer, the internal target, or the requesting state's own date),
 * then closed ones, newest first. Only open requests carry the cost of finding their deadlines.
 */
@Component
public class RequestList {

    /** One line: the request and its nearest running deadline ({@code null} when none runs). */
    public record Line(RequestSummary request, Instant nextDeadline) {
    }

    public record ListPage(List<Line> lines, int page, int size, long totalItems, int totalPages) {
    }

    private static final String COLUMNS = """
            r.reference, r.foreign_reference, r.direction, r.request_type, r.requesting_state, r.requested_state,
            r.phase, r.stage, r.urgency, r.requested_deadline, r.route, r.owning_irc, r.registered_at, r.closed_at""";
    // Correlated on the business key (indexed by the engine); timers count only where the model marks a deadline.
    private static final String NEXT_DEADLINE = """
            least(
              (select min(t.due_date_) from act_ru_task t join act_ru_execution e on e.id_ = t.proc_inst_id_
                where e.business_key_ = r.reference),
              (select min(j.duedate_) from act_ru_job j join act_ru_jobdef d on d.id_ = j.job_def_id_
                 join act_ru_execution e on e.id_ = j.process_instance_id_
                where e.business_key_ = r.reference and j.type_ = 'timer' and d.act_id_ in (:deadlineActivities)),
              tr.target_at,
              cast(r.requested_deadline as timestamp with time zone))""";

    private final NamedParameterJdbcTemplate jdbc;
    private final DeadlineCatalogue deadlines;
    private final java.time.Clock clock;

    RequestList(NamedParameterJdbcTemplate jdbc, DeadlineCatalogue deadlines, java.time.Clock clock) {
        this.jdbc = jdbc;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public ListPage list(RequestFilter filter, CurrentUser user, int page, int size) {
        var params = new MapSqlParameterSource("deadlineActivities", deadlines.ids())
                .addValue("today", java.sql.Date.valueOf(DutchTime.today(clock)));
        String where = where(filter, user, params);
        long open = count(where + " and r.closed_at is null", params);
        long closed = count(where + " and r.closed_at is not null", params);
        long first = (long) page * size;
        List<Line> lines = new ArrayList<>();
        if (first < open) {
            params.addValue("offset", first).addValue("limit", size);
            lines.addAll(jdbc.query("select " + COLUMNS + ", " + NEXT_DEADLINE + " as next_deadline"
                    + " from request r left join request_turnaround tr on tr.request_id = r.id"
                    + where + " and r.closed_at is null"
                    + " order by next_deadline asc nulls last, r.registered_at desc, r.id desc"
                    + " offset :offset rows fetch next :limit rows only", params, RequestList::line));
        }
        if (lines.size() < size && first + lines.size() < open + closed) {
            long closedOffset = Math.max(0, first - open);
            params.addValue("closedOffset", closedOffset).addValue("closedLimit", size - lines.size());
            lines.addAll(jdbc.query("select " + COLUMNS + ", cast(null as timestamp with time zone) as next_deadline from request r" + where
                    + " and r.closed_at is not null order by r.registered_at desc, r.id desc"
                    + " offset :closedOffset rows fetch next :closedLimit rows only", params, RequestList::line));
        }
        long total = open + closed;
        return new ListPage(lines, page, size, total, (int) ((total + size - 1) / size));
    }

    private static String where(RequestFilter filter, CurrentUser user, MapSqlParameterSource params) {
        var where = new StringBuilder(" where 1 = 1");
        if (filter.phase() != null) {
            where.append(" and r.phase = :phase");
            params.addValue("phase", filter.phase().name());
        }
        if (filter.requestingState() != null) {
            where.append(" and r.requesting_state = :state");
            params.addValue("state", filter.requestingState());
        }
        if (filter.type() != null) {
            where.append(" and r.request_type = :type");
            params.addValue("type", filter.type().name());
        }
        if (filter.direction() != null) {
            where.append(" and r.direction = :direction");
            params.addValue("direction", filter.direction().name());
        }
        if (filter.overdue() != null) {
            where.append(filter.overdue()
                    ? " and r.phase <> 'CLOSED' and r.requested_deadline < :today"
                    : " and (r.phase = 'CLOSED' or r.requested_deadline is null or r.requested_deadline >= :today)");
        }
        if (!user.seesAllRequests()) {
            where.append(" and exists (select 1 from request_authority a where a.request_id = r.id and a.authority in (:groups))");
            params.addValue("groups", user.groups().isEmpty() ? List.of("-") : List.copyOf(user.groups()));
        }
        return where.toString();
    }

    private long count(String where, MapSqlParameterSource params) {
        Long count = jdbc.queryForObject("select count(*) from request r" + where, params, Long.class);
        return count == null ? 0 : count;
    }

    private static Line line(ResultSet row, int rowNumber) throws SQLException {
        var summary = new RequestSummary(row.getString("reference"), row.getString("foreign_reference"),
                Direction.valueOf(row.getString("direction")), RequestType.valueOf(row.getString("request_type")),
                row.getString("requesting_state"), row.getString("requested_state"),
                Phase.valueOf(row.getString("phase")), row.getString("stage"), Urgency.valueOf(row.getString("urgency")),
                row.getDate("requested_deadline") == null ? null : row.getDate("requested_deadline").toLocalDate(),
                row.getString("route") == null ? null : Route.valueOf(row.getString("route")), row.getString("owning_irc"),
                instant(row.getTimestamp("registered_at")), instant(row.getTimestamp("closed_at")));
        return new Line(summary, instant(row.getTimestamp("next_deadline")));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}

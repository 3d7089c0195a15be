package nl.rechtshulp.turnaround;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.rechtshulp.request.DeadlineCatalogue;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The statutory and treaty deadlines, apart from the internal targets: per deadline the models mark (an EIO's 30, 60
 * and 90 days, an extradition's formal-request limit; not a waiting period such as the complaint period, whose end is
 * the normal course), how many run now, how many fall within a week, and how many passed in the period. Read from the engine's own timers and their history: what fired is
 * what passed.
 */
@Component
class StatutoryDeadlineFigures {

    static final Duration SOON = Duration.ofDays(7);

    /** One deadline: its name in the model, running now, due within a week, passed in the period. */
    record Figure(String activityId, String name, long running, long dueSoon, long passed) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final DeadlineCatalogue catalogue;
    private final Clock clock;

    StatutoryDeadlineFigures(NamedParameterJdbcTemplate jdbc, DeadlineCatalogue catalogue, Clock clock) {
        this.jdbc = jdbc;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    List<Figure> between(Instant from, Instant to) {
        var deadlines = catalogue.activities().values().stream()
                .filter(marked -> marked.timer() && "DEADLINE".equals(marked.kind())).toList();
        if (deadlines.isEmpty()) {
            return List.of();
        }
        var ids = deadlines.stream().map(DeadlineCatalogue.Marked::id).toList();
        Instant now = clock.instant();
        var params = new MapSqlParameterSource("ids", ids).addValue("soon", Timestamp.from(now.plus(SOON)))
                .addValue("from", Timestamp.from(from)).addValue("to", Timestamp.from(to));
        Map<String, long[]> running = new HashMap<>();
        jdbc.query("""
                select d.act_id_ as activity, count(*) as running,
                       sum(case when j.duedate_ < :soon then 1 else 0 end) as due_soon
                from act_ru_job j join act_ru_jobdef d on d.id_ = j.job_def_id_
                where j.type_ = 'timer' and d.act_id_ in (:ids) group by d.act_id_""", params,
                row -> { running.put(row.getString("activity"), new long[] {row.getLong("running"), row.getLong("due_soon")}); });
        Map<String, Long> passed = new HashMap<>();
        // A timer that fired ended its activity instance; one a reply or a decision cancelled did not pass.
        jdbc.query("""
                select act_id_ as activity, count(*) as passed from act_hi_actinst
                where act_id_ in (:ids) and end_time_ >= :from and end_time_ < :to
                  and (act_inst_state_ is null or act_inst_state_ <> 2) group by act_id_""", params,
                row -> { passed.put(row.getString("activity"), row.getLong("passed")); });
        return deadlines.stream()
                .map(marked -> new Figure(marked.id(), marked.name(),
                        running.getOrDefault(marked.id(), new long[2])[0], running.getOrDefault(marked.id(), new long[2])[1],
                        passed.getOrDefault(marked.id(), 0L)))
                .sorted(Comparator.comparing(Figure::name))
                .toList();
    }
}

package nl.rechtshulp.turnaround;

import nl.rechtshulp.web.DutchTime;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The closed requests' durations per month as histograms: each month, once it is over, is added up once per grouping
 * (state, authority, type, direction, urgency, sub-goal, all) and per measure (end to end, each phase, in Dutch hands,
 * abroad). Statistics over a period then read the histograms of its whole months and count only the days at its edges
 * (and any month not yet added up) from the read model itself.
 */
@Component
class TurnaroundHistograms {

    private static final Logger log = LoggerFactory.getLogger(TurnaroundHistograms.class);
    /** Measure name and the read model's column, in the order the statistics report them. */
    static final Map<String, String> MEASURES = measures();
    /** Months are added up a day after they end, so a step committed at midnight is never missed. */
    private static final java.time.Duration GRACE = java.time.Duration.ofDays(1);

    private final NamedParameterJdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    TurnaroundHistograms(NamedParameterJdbcTemplate jdbc, TransactionTemplate transactions, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** What the closed requests of one group add up to: how many, how many late, and each measure's histogram. */
    record ClosedFigures(long closed, long breaches, Map<String, DurationHistogram> measures) {
    }

    /** Adds up every month that is over and not yet in the histograms; safe on several nodes at once. */
    void addUpCompletedMonths() {
        Timestamp first = jdbc.getJdbcTemplate().queryForObject(
                "select min(closed_at) from request_turnaround where closed_at is not null", Timestamp.class);
        if (first == null) {
            return;
        }
        Set<LocalDate> done = new HashSet<>(jdbc.getJdbcTemplate().queryForList(
                "select closed_month from turnaround_histogram_month", LocalDate.class));
        Instant now = clock.instant();
        for (YearMonth month = YearMonth.from(first.toInstant().atZone(DutchTime.ZONE));
             !start(month.plusMonths(1)).plus(GRACE).isAfter(now); month = month.plusMonths(1)) {
            if (!done.contains(month.atDay(1))) {
                addUp(month);
            }
        }
    }

    private void addUp(YearMonth month) {
        try {
            transactions.executeWithoutResult(status -> {
                // The month's row first: a second node adding up the same month stops here.
                jdbc.update("insert into turnaround_histogram_month (closed_month, rolled_up_at) values (:month, :now)",
                        new MapSqlParameterSource("month", month.atDay(1)).addValue("now", Timestamp.from(clock.instant())));
                var parameters = new MapSqlParameterSource("month", month.atDay(1))
                        .addValue("start", Timestamp.from(start(month))).addValue("end", Timestamp.from(start(month.plusMonths(1))));
                for (var grouping : TurnaroundQueries.GROUPS.entrySet()) {
                    jdbc.update("insert into turnaround_histogram (closed_month, dimension, dimension_value, measure,"
                            + " bucket, requests, breaches) select :month, '" + grouping.getKey() + "', grp, measure, bucket,"
                            + " count(*), sum(breach) from (" + measuresOf(grouping.getValue(),
                            "closed_at >= :start and closed_at < :end") + ") m group by grp, measure, bucket", parameters);
                }
            });
            log.info("Turnaround histograms: added up {}", month);
        } catch (DataIntegrityViolationException addedByAnotherNode) {
            log.debug("Turnaround histograms: {} was added up elsewhere", month);
        }
    }

    /**
     * The whole months of the period the histograms can answer for; none with a filter on a grouping (the histograms
     * hold one grouping at a time).
     */
    List<YearMonth> coveredMonths(TurnaroundFilter filter) {
        boolean filtered = filter.direction() != null || filter.type() != null || filter.partnerState() != null
                || filter.authority() != null || filter.urgency() != null || filter.subGoal() != null;
        return filtered || filter.from() == null || filter.to() == null ? List.of()
                : coveredMonths(filter.from(), filter.to());
    }

    /**
     * The closed requests of the period per group: the covered months from the histograms, the rest from the read
     * model.
     */
    Map<String, ClosedFigures> closed(TurnaroundFilter filter, List<YearMonth> covered) {
        Map<String, ClosedFiguresBuilder> groups = new LinkedHashMap<>();
        var monthly = new MapSqlParameterSource("dimension", filter.groupBy())
                .addValue("months", covered.stream().map(month -> month.atDay(1)).toList());
        jdbc.query("select dimension_value as grp, measure, bucket, sum(requests) as requests, sum(breaches) as breaches"
                + " from turnaround_histogram where dimension = :dimension and closed_month in (:months)"
                + " group by dimension_value, measure, bucket", monthly, row -> {
            add(groups, row.getString("grp"), row.getString("measure"), row.getInt("bucket"), row.getLong("requests"),
                    row.getLong("breaches"));
        });
        List<Instant[]> rest = uncovered(filter.from(), filter.to(), covered);
        if (!rest.isEmpty()) {
            var parameters = new MapSqlParameterSource();
            List<String> ranges = new ArrayList<>();
            for (int i = 0; i < rest.size(); i++) {
                ranges.add("(closed_at >= :start" + i + " and closed_at < :end" + i + ")");
                parameters.addValue("start" + i, Timestamp.from(rest.get(i)[0])).addValue("end" + i, Timestamp.from(rest.get(i)[1]));
            }
            jdbc.query("select grp, measure, bucket, count(*) as requests, sum(breach) as breaches from ("
                    + measuresOf(TurnaroundQueries.GROUPS.get(filter.groupBy()), "(" + String.join(" or ", ranges) + ")")
                    + ") m group by grp, measure, bucket", parameters, row -> {
                add(groups, row.getString("grp"), row.getString("measure"), row.getInt("bucket"),
                        row.getLong("requests"), row.getLong("breaches"));
            });
        }
        Map<String, ClosedFigures> figures = new LinkedHashMap<>();
        groups.forEach((group, builder) -> figures.put(group, builder.build()));
        return figures;
    }

    private static void add(Map<String, ClosedFiguresBuilder> groups, String group, String measure, int bucket,
                            long requests, long breaches) {
        groups.computeIfAbsent(group, key -> new ClosedFiguresBuilder()).add(measure, bucket, requests, breaches);
    }

    /** Collects one group's histograms; its count and breaches are those of the end-to-end measure. */
    private static final class ClosedFiguresBuilder {
        private final Map<String, DurationHistogram> measures = new LinkedHashMap<>();
        private long breaches;

        void add(String measure, int bucket, long requests, long late) {
            measures.computeIfAbsent(measure, key -> new DurationHistogram()).add(bucket, requests);
            if ("turnaround".equals(measure)) {
                breaches += late;
            }
        }

        ClosedFigures build() {
            DurationHistogram turnaround = measures.get("turnaround");
            return new ClosedFigures(turnaround == null ? 0 : turnaround.total(), breaches, measures);
        }
    }

    /**
     * One row per closed request and measure: its group, the measure, its class and whether it was late. The read
     * model is scanned once; each row is then repeated for the seven measures.
     */
    private static String measuresOf(String groupColumn, String period) {
        StringBuilder value = new StringBuilder("case m.measure");
        List<String> measures = new ArrayList<>();
        MEASURES.forEach((measure, column) -> {
            value.append(" when '").append(measure).append("' then r.").append(measure);
            measures.add("('" + measure + "')");
        });
        value.append(" end");
        StringBuilder columns = new StringBuilder();
        MEASURES.forEach((measure, column) -> columns.append(", coalesce(").append(column).append(", 0) as ").append(measure));
        return "select r.grp, m.measure, " + DurationHistogram.BUCKET_SQL.formatted(value) + " as bucket, r.breach"
                + " from (select coalesce(" + groupColumn + ", '(none)') as grp" + columns
                + ", case when closed_at > target_at then 1 else 0 end as breach"
                + " from request_turnaround where closed_at is not null and " + period + ") r"
                + " cross join (values " + String.join(", ", measures) + ") as m(measure)";
    }

    private List<YearMonth> coveredMonths(Instant from, Instant to) {
        Set<LocalDate> done = new HashSet<>(jdbc.getJdbcTemplate().queryForList(
                "select closed_month from turnaround_histogram_month", LocalDate.class));
        List<YearMonth> covered = new ArrayList<>();
        for (YearMonth month = YearMonth.from(from.atZone(DutchTime.ZONE)); start(month).isBefore(to);
             month = month.plusMonths(1)) {
            if (!start(month).isBefore(from) && !start(month.plusMonths(1)).isAfter(to) && done.contains(month.atDay(1))) {
                covered.add(month);
            }
        }
        return covered;
    }

    /** The parts of the period outside the covered months, in order. */
    private static List<Instant[]> uncovered(Instant from, Instant to, List<YearMonth> covered) {
        List<Instant[]> rest = new ArrayList<>();
        Instant cursor = from;
        for (YearMonth month : covered) {
            if (start(month).isAfter(cursor)) {
                rest.add(new Instant[] {cursor, start(month)});
            }
            cursor = start(month.plusMonths(1));
        }
        if (cursor.isBefore(to)) {
            rest.add(new Instant[] {cursor, to});
        }
        return rest;
    }

    private static Instant start(YearMonth month) {
        return month.atDay(1).atStartOfDay(DutchTime.ZONE).toInstant();
    }

    private static Map<String, String> measures() {
        Map<String, String> measures = new LinkedHashMap<>();
        measures.put("turnaround", "turnaround_seconds");
        measures.put("dutch", "dutch_seconds");
        measures.put("abroad", "abroad_seconds");
        for (String phase : TurnaroundQueries.PHASES) {
            measures.put(phase.toLowerCase(java.util.Locale.ROOT), phase.toLowerCase(java.util.Locale.ROOT) + "_seconds");
        }
        return Map.copyOf(measures);
    }
}

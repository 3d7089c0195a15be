package nl.rechtshulp.turnaround;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The coordinators' questions as a few grouped queries on the read model, each answered by the database in one pass
 * (counts and percentiles per group), never a query per request.
 */
@Component
class TurnaroundQueries {

    static final Map<String, String> GROUPS = Map.of("partnerState", "partner_state", "authority", "authority",
            "type", "request_type", "direction", "direction", "urgency", "urgency", "subGoal", "policy_sub_goal",
            "none", "'ALL'");
    static final List<String> PHASES = List.of("INTAKE", "COORDINATION", "ANALYSIS", "FOLLOW_UP");
    private static final double DAY = 86_400.0;
    private static final int MAX_LISTED = 1000;

    private final NamedParameterJdbcTemplate jdbc;
    private final TurnaroundHistograms histograms;
    /** A few threads of its own, so the statistics' queries can run side by side. */
    private final Executor parallel = Executors.newFixedThreadPool(4, runnable -> {
        Thread thread = new Thread(runnable, "turnaround-query");
        thread.setDaemon(true);
        return thread;
    });

    TurnaroundQueries(NamedParameterJdbcTemplate jdbc, TurnaroundHistograms histograms) {
        this.jdbc = jdbc;
        this.histograms = histograms;
    }

    record Percentiles(Double p50, Double p90) {
    }

    record GroupStatistics(String key, Map<String, Long> openByPhase, long open, long overdue, Double oldestOpenDays,
                           Percentiles openAgeDays, long closed, long breaches, Percentiles turnaroundDays,
                           Map<String, Percentiles> phaseDays, Percentiles dutchDays, Percentiles abroadDays) {
    }

    /**
     * Four queries, run side by side on their own connections: open requests per phase, the age of open requests,
     * and the closed requests' percentiles in two halves. Each sorts its own columns; together they finish in the time
     * of the slowest rather than the sum. Without a filter on a grouping, the closed requests' whole months come from
     * the monthly histograms instead, and only the days at the period's edges are read row by row.
     */
    List<GroupStatistics> statistics(TurnaroundFilter filter, Instant now) {
        String group = GROUPS.get(filter.groupBy());
        var parameters = new MapSqlParameterSource("now", Timestamp.from(now));
        String where = where(filter, parameters);
        String closedWhere = " from request_turnaround where closed_at is not null"
                + (filter.from() == null ? "" : " and closed_at >= :from")
                + (filter.to() == null ? "" : " and closed_at < :to") + where + " group by " + group;
        var open = query("select " + group + " as grp, phase, count(*) as open_count,"
                + " sum(case when target_at <= :now then 1 else 0 end) as overdue, min(registered_at) as oldest"
                + " from request_turnaround where closed_at is null" + where + " group by " + group + ", phase", parameters);
        // The age of open requests from their registration times: the 90th percentile of age is the 10th of the time.
        var ages = query("select " + group + " as grp,"
                + " percentile_cont(0.5) within group (order by extract(epoch from registered_at)) as age_p50_at,"
                + " percentile_cont(0.1) within group (order by extract(epoch from registered_at)) as age_p90_at"
                + " from request_turnaround where closed_at is null" + where + " group by " + group, parameters);
        var covered = histograms.coveredMonths(filter);
        if (!covered.isEmpty()) {
            var closed = CompletableFuture.supplyAsync(() -> histograms.closed(filter, covered), parallel);
            return combine(open.join(), ages.join(), closed.join(), now);
        }
        var totals = query("select " + group + " as grp, count(*) as closed_count,"
                + " sum(case when closed_at > target_at then 1 else 0 end) as breaches,"
                + percentiles("turnaround_seconds", "turnaround") + "," + percentiles("dutch_seconds", "dutch") + ","
                + percentiles("abroad_seconds", "abroad") + closedWhere, parameters);
        var phases = query("select " + group + " as grp," + String.join(",", PHASES.stream()
                .map(phase -> percentiles(alias(phase) + "_seconds", alias(phase))).toList()) + closedWhere, parameters);

        Map<String, GroupStatistics> byKey = openAndAges(open.join(), ages.join(), now);
        Map<String, Map<String, Object>> phaseRows = new HashMap<>();
        phases.join().forEach(row -> phaseRows.put(key(row.get("grp")), row));
        for (Map<String, Object> row : totals.join()) {
            String key = key(row.get("grp"));
            GroupStatistics stats = byKey.computeIfAbsent(key, TurnaroundQueries::empty);
            Map<String, Percentiles> phaseDays = new LinkedHashMap<>();
            for (String phase : PHASES) {
                phaseDays.put(phase, days(phaseRows.getOrDefault(key, Map.of()), alias(phase)));
            }
            byKey.put(key, new GroupStatistics(key, stats.openByPhase(), stats.open(), stats.overdue(),
                    stats.oldestOpenDays(), stats.openAgeDays(), number(row.get("closed_count")).longValue(),
                    number(row.get("breaches")).longValue(), days(row, "turnaround"), phaseDays, days(row, "dutch"),
                    days(row, "abroad")));
        }
        return byKey.values().stream().sorted(java.util.Comparator.comparing(GroupStatistics::key)).toList();
    }

    /** Open requests per group: per phase, overdue, the oldest, and the age percentiles. */
    private Map<String, GroupStatistics> openAndAges(List<Map<String, Object>> open, List<Map<String, Object>> ages,
                                                     Instant now) {
        Map<String, GroupStatistics> byKey = new LinkedHashMap<>();
        for (Map<String, Object> row : open) {
            GroupStatistics stats = byKey.computeIfAbsent(key(row.get("grp")), TurnaroundQueries::empty);
            long count = number(row.get("open_count")).longValue();
            stats.openByPhase().merge((String) row.get("phase"), count, Long::sum);
            double age = Duration.between(DatabaseTimes.instant(row.get("oldest")), now).toSeconds() / DAY;
            byKey.put(stats.key(), new GroupStatistics(stats.key(), stats.openByPhase(), stats.open() + count,
                    stats.overdue() + number(row.get("overdue")).longValue(),
                    stats.oldestOpenDays() == null ? round(age) : Math.max(stats.oldestOpenDays(), round(age)),
                    null, 0, 0, null, new LinkedHashMap<>(), null, null));
        }
        for (Map<String, Object> row : ages) {
            GroupStatistics stats = byKey.get(key(row.get("grp")));
            if (stats != null) {
                byKey.put(stats.key(), withOpenAge(stats, new Percentiles(ageOf(row.get("age_p50_at"), now),
                        ageOf(row.get("age_p90_at"), now))));
            }
        }
        return byKey;
    }

    private List<GroupStatistics> combine(List<Map<String, Object>> open, List<Map<String, Object>> ages,
                                          Map<String, TurnaroundHistograms.ClosedFigures> closed, Instant now) {
        Map<String, GroupStatistics> byKey = openAndAges(open, ages, now);
        closed.forEach((key, figures) -> {
            GroupStatistics stats = byKey.computeIfAbsent(key, TurnaroundQueries::empty);
            Map<String, Percentiles> phaseDays = new LinkedHashMap<>();
            for (String phase : PHASES) {
                phaseDays.put(phase, days(figures.measures().get(alias(phase))));
            }
            byKey.put(key, new GroupStatistics(key, stats.openByPhase(), stats.open(), stats.overdue(),
                    stats.oldestOpenDays(), stats.openAgeDays(), figures.closed(), figures.breaches(),
                    days(figures.measures().get("turnaround")), phaseDays, days(figures.measures().get("dutch")),
                    days(figures.measures().get("abroad"))));
        });
        return byKey.values().stream().sorted(java.util.Comparator.comparing(GroupStatistics::key)).toList();
    }

    private static Percentiles days(DurationHistogram histogram) {
        if (histogram == null) {
            return new Percentiles(null, null);
        }
        return new Percentiles(day(histogram.percentile(0.5)), day(histogram.percentile(0.9)));
    }

    private CompletableFuture<List<Map<String, Object>>> query(String sql, MapSqlParameterSource parameters) {
        return CompletableFuture.supplyAsync(() -> jdbc.queryForList(sql, parameters), parallel);
    }

    private static String alias(String phase) {
        return phase.toLowerCase(java.util.Locale.ROOT);
    }

    private static Number number(Object value) {
        return value == null ? 0 : (Number) value;
    }

    private static double round(double days) {
        return Math.round(days * 10) / 10.0;
    }


    record OverdueRequest(String reference, String status, String direction, String type, String partnerState,
                          String authority, String urgency, String phase, Instant registeredAt, Instant targetAt,
                          Instant fatalAt, double daysLeft) {
    }

    /** Open requests past their target or fatal date, and those past the warning share, most urgent first. */
    List<OverdueRequest> overdue(TurnaroundFilter filter, Instant now) {
        var parameters = new MapSqlParameterSource("now", Timestamp.from(now));
        String sql = "select reference, direction, request_type, partner_state, authority, urgency, phase, registered_at,"
                + " target_at, fatal_at from request_turnaround where closed_at is null and warn_at <= :now"
                + where(filter, parameters) + " order by target_at, reference fetch first " + MAX_LISTED + " rows only";
        return jdbc.query(sql, parameters, (row, n) -> {
            Instant target = row.getTimestamp("target_at").toInstant();
            Instant fatal = row.getTimestamp("fatal_at").toInstant();
            String status = !fatal.isAfter(now) ? "FATAL_PASSED" : !target.isAfter(now) ? "OVERDUE" : "NEAR_DUE";
            return new OverdueRequest(row.getString("reference"), status, row.getString("direction"),
                    row.getString("request_type"), row.getString("partner_state"), row.getString("authority"),
                    row.getString("urgency"), row.getString("phase"), row.getTimestamp("registered_at").toInstant(),
                    target, fatal, Math.round(Duration.between(now, target).toSeconds() / DAY * 10) / 10.0);
        });
    }

    record Week(String weekStarting, long completions, long breaches) {
    }

    /** Completions and breaches (closed after the target) per week of closing, oldest first. */
    List<Week> trend(TurnaroundFilter filter) {
        var parameters = new MapSqlParameterSource();
        String sql = "select cast(date_trunc('week', closed_at) as date) as week, count(*) as completions,"
                + " sum(case when closed_at > target_at then 1 else 0 end) as breaches"
                + " from request_turnaround where closed_at is not null"
                + (filter.from() == null ? "" : " and closed_at >= :from")
                + (filter.to() == null ? "" : " and closed_at < :to") + where(filter, parameters)
                + " group by cast(date_trunc('week', closed_at) as date) order by week";
        return jdbc.query(sql, parameters, (row, n) -> new Week(row.getObject("week", java.time.LocalDate.class).toString(),
                row.getLong("completions"), row.getLong("breaches")));
    }

    long openCount(String phase) {
        return jdbc.queryForObject("select count(*) from request_turnaround where closed_at is null and phase = :phase",
                new MapSqlParameterSource("phase", phase), Long.class);
    }

    long overdueCount(Instant now) {
        return jdbc.queryForObject("select count(*) from request_turnaround where closed_at is null and target_at <= :now",
                new MapSqlParameterSource("now", Timestamp.from(now)), Long.class);
    }

    private static String where(TurnaroundFilter filter, MapSqlParameterSource parameters) {
        StringBuilder where = new StringBuilder();
        condition(where, parameters, "direction", filter.direction());
        condition(where, parameters, "request_type", filter.type());
        condition(where, parameters, "partner_state", filter.partnerState());
        condition(where, parameters, "authority", filter.authority());
        condition(where, parameters, "urgency", filter.urgency());
        condition(where, parameters, "policy_sub_goal", filter.subGoal());
        if (filter.from() != null) {
            parameters.addValue("from", Timestamp.from(filter.from()));
        }
        if (filter.to() != null) {
            parameters.addValue("to", Timestamp.from(filter.to()));
        }
        return where.toString();
    }

    private static void condition(StringBuilder where, MapSqlParameterSource parameters, String column, String value) {
        if (value != null) {
            where.append(" and ").append(column).append(" = :").append(column);
            parameters.addValue(column, value);
        }
    }

    private static String percentiles(String column, String alias) {
        return " percentile_cont(0.5) within group (order by " + column + ") as " + alias + "_p50,"
                + " percentile_cont(0.9) within group (order by " + column + ") as " + alias + "_p90";
    }

    private static Percentiles days(Map<String, Object> row, String alias) {
        return new Percentiles(day(row.get(alias + "_p50")), day(row.get(alias + "_p90")));
    }

    private static Double day(Object seconds) {
        return seconds == null ? null : Math.round(((Number) seconds).doubleValue() / DAY * 10) / 10.0;
    }

    private static Double ageOf(Object registeredEpochSeconds, Instant now) {
        if (registeredEpochSeconds == null) {
            return null;
        }
        double seconds = now.getEpochSecond() - ((Number) registeredEpochSeconds).doubleValue();
        return Math.round(seconds / DAY * 10) / 10.0;
    }

    private static GroupStatistics withOpenAge(GroupStatistics stats, Percentiles age) {
        return new GroupStatistics(stats.key(), stats.openByPhase(), stats.open(), stats.overdue(),
                stats.oldestOpenDays(), age, stats.closed(), stats.breaches(), stats.turnaroundDays(),
                stats.phaseDays(), stats.dutchDays(), stats.abroadDays());
    }

    private static String key(Object value) {
        return value == null ? "(none)" : value.toString();
    }

    private static GroupStatistics empty(String key) {
        Map<String, Long> open = new LinkedHashMap<>();
        PHASES.forEach(phase -> open.put(phase, 0L));
        return new GroupStatistics(key, open, 0, 0, null, null, 0, 0, null, new LinkedHashMap<>(), null, null);
    }
}

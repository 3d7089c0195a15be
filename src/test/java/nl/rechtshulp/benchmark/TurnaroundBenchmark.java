package nl.rechtshulp.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.rechtshulp.support.ApiClient;
import nl.rechtshulp.support.LifecycleDriver;
import nl.rechtshulp.support.Node;
import org.junit.jupiter.api.Test;

/**
 * The coordinators' queries at scale on PostgreSQL: fills a fresh database with 1,000,000 closed and 50,000 open
 * requests with phase histories in the read model, then times every dashboard query and the overdue list over HTTP
 * (p50/p95 of {@value #RUNS} runs each), and reports what keeping the read model costs per process step. Prints
 * figures; runs only on request: {@code mvn -B -Pbenchmark verify -Dit.test=TurnaroundBenchmark}.
 */
class TurnaroundBenchmark {

    private static final int CLOSED = Integer.getInteger("rh.benchmark.closed", 1_000_000);
    private static final int OPEN = Integer.getInteger("rh.benchmark.open", 50_000);
    private static final int RUNS = 20;
    private static final int LIFECYCLES = Integer.getInteger("rh.benchmark.lifecycles", 100);
    private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";
    private static final String DATABASE = "rechtshulp_turnaround_bench";

    @Test
    void dashboardQueriesAtScale() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeFalse(nl.rechtshulp.support.DatabaseProfiles.onPostgres());
        recreate();
        StringBuilder report = new StringBuilder();
        // The backlog of a million generated requests is not to be escalated while the queries are timed.
        try (Node node = Node.of("bench-turnaround", SERVER + DATABASE,
                "--rechtshulp.turnaround.escalation-initial-delay=PT24H",
                "--rechtshulp.turnaround.histogram-initial-delay=PT5S",
                "--rechtshulp.turnaround.histogram-interval=PT5S").start()) {
            node.awaitReady(Duration.ofSeconds(120));
            long fillStart = System.nanoTime();
            fill();
            report.append(String.format("%nFilled %,d closed and %,d open requests in %.0f s.%n%n", CLOSED, OPEN,
                    (System.nanoTime() - fillStart) / 1e9));
            long addUpStart = System.nanoTime();
            awaitHistograms();
            report.append(String.format("The node added up the closed months into histograms in %.0f s.%n%n",
                    (System.nanoTime() - addUpStart) / 1e9));
            var coordinator = ApiClient.withSession(node.url(), "coordinator", "demo");
            report.append("| query | p50 ms | p95 ms |\n|---|---|---|\n");
            for (String query : List.of("/api/turnaround?groupBy=partnerState", "/api/turnaround?groupBy=authority",
                    "/api/turnaround?groupBy=type", "/api/turnaround?groupBy=direction",
                    "/api/turnaround?groupBy=urgency", "/api/turnaround?groupBy=subGoal",
                    "/api/turnaround?groupBy=partnerState&from=2021-01-01",
                    "/api/turnaround?groupBy=authority&direction=OUTGOING&partnerState=CO",
                    "/api/turnaround?groupBy=partnerState&direction=INCOMING",
                    "/api/turnaround/overdue", "/api/turnaround/overdue?authority=ircRotterdam",
                    "/api/turnaround/trend", "/api/turnaround?groupBy=partnerState&format=csv", "/dashboard")) {
                report.append(time(coordinator, query));
            }
            var driver = new LifecycleDriver(List.of(node.url()));
            for (int i = 0; i < LIFECYCLES; i++) {
                driver.carryToClosure(driver.register("DE-TURNAROUND-" + UUID.randomUUID()));
            }
            report.append(listenerCost(coordinator));
        }
        System.out.println(report);
        Files.writeString(Path.of("target/turnaround-benchmark.md"), report);
    }

    private static String time(ApiClient client, String query) {
        for (int i = 0; i < 3; i++) {
            check(client.get(query), query);
        }
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            check(client.get(query), query);
            millis.add((System.nanoTime() - start) / 1e6);
        }
        millis.sort(Double::compare);
        return String.format("| `%s` | %.0f | %.0f |%n", query, LifecycleDriver.percentile(millis, 0.5),
                LifecycleDriver.percentile(millis, 0.95));
    }

    private static void check(ApiClient.Response response, String query) {
        if (response.status() != 200) {
            throw new IllegalStateException(query + " answered " + response.status() + ": " + response.body());
        }
    }

    /** Mean time in the read model's listeners per process step, from the node's own timer. */
    private static String listenerCost(ApiClient client) {
        String metrics = client.get("/actuator/prometheus").body().asText();
        double count = metric(metrics, "rechtshulp_turnaround_listener_seconds_count");
        double sum = metric(metrics, "rechtshulp_turnaround_listener_seconds_sum");
        return String.format("%nRead model listener: %.0f calls, %.2f ms per process step on average.%n", count,
                sum / count * 1000);
    }

    private static double metric(String metrics, String name) {
        Matcher matcher = Pattern.compile("^" + name + "(\\{[^}]*})? ([0-9.eE+-]+)$", Pattern.MULTILINE).matcher(metrics);
        return matcher.find() ? Double.parseDouble(matcher.group(2)) : Double.NaN;
    }

    /**
     * Requests and their read-model rows, generated in the database: twenty states, the IRCs, both directions, three
     * urgencies, five years of registrations; closed ones with their time per phase and clock, a tenth of them late.
     */
    private static void fill() throws Exception {
        try (Connection db = DriverManager.getConnection(SERVER + DATABASE, "postgres", "");
             var statement = db.createStatement()) {
            String states = "array['AE','CO','MA','TR','DE','BE','FR','ES','IT','PL','US','GB','SG','PE','BO','HK','CN','BR','SR','CW']";
            String ircs = "array['ircNoordNederland','ircOostNederland','ircMiddenNederland','ircNoordHolland','ircAmsterdam',"
                    + "'ircDenHaag','ircRotterdam','ircZeelandWestBrabant','ircOostBrabant','ircLimburg','lirc','ircFunctioneelParket']";
            int total = CLOSED + OPEN;
            statement.execute("""
                    insert into request (id, reference, foreign_reference, direction, request_type, requesting_state,
                        requested_state, requesting_authority, urgency, summary_of_facts, offences, offence_category,
                        receiving_authority, owning_irc, phase, stage, clock, registered_by, received_on, registered_at,
                        updated_at, closed_at, version)
                    select 100000000 + g, 'RB-' || lpad(g::text, 9, '0'), null,
                        case when g %% 3 = 0 then 'OUTGOING' else 'INCOMING' end, 'MLA', 'NL', 'NL', 'bench', 'NORMAL',
                        'bench', 'bench', 'OTHER', 'ircAmsterdam', 'ircAmsterdam',
                        case when g <= %1$d then 'CLOSED' else 'COORDINATION' end, 'BENCH', 'NL', 'bench', current_date,
                        now(), now(), case when g <= %1$d then now() end, 0
                    from generate_series(1, %2$d) g""".formatted(CLOSED, total));
            statement.execute("""
                    insert into request_turnaround (request_id, reference, direction, request_type, partner_state,
                        authority, urgency, policy_sub_goal, registered_at, closed_at, outcome, phase, phase_entered_at,
                        clock, clock_entered_at, intake_seconds, coordination_seconds, analysis_seconds,
                        follow_up_seconds, dutch_seconds, abroad_seconds, stopped_seconds, turnaround_seconds, warn_at,
                        target_at, fatal_at)
                    select id, reference, direction, 'MLA', (%1$s)[1 + g %% 20], (%2$s)[1 + g %% 12],
                        (array['NORMAL','URGENT','DETAINED'])[1 + g %% 3],
                        (array['UPSTREAM_DISRUPTION','LOGISTIC_HUBS','DOWNSTREAM_DISRUPTION','CRIMINAL_MONEY_FLOWS'])[1 + g %% 4],
                        registered, closed, case when closed is not null then 'EXECUTED' end,
                        case when closed is not null then 'CLOSED' else (array['INTAKE','COORDINATION','ANALYSIS','FOLLOW_UP'])[1 + g %% 4] end,
                        registered, 'NL', registered,
                        d * 864 * 10, d * 864 * 30, d * 864 * 30, d * 864 * 30, d * 864 * 70, d * 864 * 25, d * 864 * 5,
                        case when closed is not null then d * 86400 end,
                        registered + (d * 0.8 * interval '1 day'),
                        registered + (case when g %% 10 = 0 then d * 0.9 else d * 1.1 end) * interval '1 day',
                        registered + (d * 1.5) * interval '1 day'
                    from (select r.id, r.reference, r.direction, g, d,
                            case when g <= %3$d then now() - (g %% 1800) * interval '1 day' - d * interval '1 day'
                                 else now() - (g %% 200) * interval '1 day' end as registered,
                            case when g <= %3$d then now() - (g %% 1800) * interval '1 day' end as closed
                          from (select g, 1 + (g::bigint * 7919) %% 300 as d from generate_series(1, %4$d) g) s
                          join request r on r.id = 100000000 + s.g) x""".formatted(states, ircs, CLOSED, total));
            statement.execute("analyze request_turnaround");
        }
    }

    /** Waits until the node has added up every closed month: it does the oldest first, so the last one ends it. */
    private static void awaitHistograms() throws Exception {
        var today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam"));
        var last = java.time.YearMonth.from(today).minusMonths(today.getDayOfMonth() == 1 ? 2 : 1).atDay(1);
        try (Connection db = DriverManager.getConnection(SERVER + DATABASE, "postgres", "")) {
            for (int attempt = 0; attempt < 600; attempt++) {
                try (var query = db.prepareStatement("select count(*) from turnaround_histogram_month where closed_month = ?")) {
                    query.setObject(1, last);
                    try (var result = query.executeQuery()) {
                        result.next();
                        if (result.getLong(1) == 1) {
                            return;
                        }
                    }
                }
                Thread.sleep(1000);
            }
        }
        throw new IllegalStateException("the node did not add up the closed months within ten minutes");
    }

    private static void recreate() throws Exception {
        try (var server = DriverManager.getConnection(SERVER + "postgres", "postgres", "");
             var statement = server.createStatement()) {
            statement.execute("drop database if exists " + DATABASE + " with (force)");
            statement.execute("create database " + DATABASE);
        }
    }
}

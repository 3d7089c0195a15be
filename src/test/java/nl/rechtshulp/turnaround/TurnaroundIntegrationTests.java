package nl.rechtshulp.turnaround;

import nl.rechtshulp.web.DutchTime;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import nl.rechtshulp.support.ApiClient;
import nl.rechtshulp.support.ApiClient.Response;
import nl.rechtshulp.support.IncomingRequests;
import nl.rechtshulp.support.IntegrationTest;
import nl.rechtshulp.support.OutgoingRequests;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The turnaround figures from requests run through the processes. Where a test needs time to have passed, it moves
 * the read model's timestamps back, as the days would have; the figures must follow.
 */
@IntegrationTest
class TurnaroundIntegrationTests {

    private static final long DAY = 86_400;

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DeadlineEscalations escalations;

    @Autowired
    TaskService taskService;

    @Autowired
    TurnaroundHistograms histograms;

    @Autowired
    org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor dashboardExecutor;

    @Autowired
    javax.sql.DataSource dataSource;

    @Test
    void theReadModelFollowsARequestThroughItsPhasesAndClocks() {
        String reference = toColombia("ircAmsterdam");
        Map<String, Object> drafted = row(reference);
        assertThat(drafted.get("phase")).isEqualTo("COORDINATION");
        assertThat(drafted.get("direction")).isEqualTo("OUTGOING");
        assertThat(drafted.get("partner_state")).isEqualTo("CO");
        assertThat(drafted.get("authority")).isEqualTo("ircAmsterdam");
        Instant registered = instant(drafted.get("registered_at"));
        // Calendar days in Amsterdam: 120 days may hold a change to summer time, one hour short of 120 × 24 hours.
        var amsterdam = java.time.ZoneId.of("Europe/Amsterdam");
        assertThat(java.time.temporal.ChronoUnit.DAYS.between(registered.atZone(amsterdam).toLocalDate(),
                instant(drafted.get("target_at")).atZone(amsterdam).toLocalDate()))
                .as("outgoing MLA, normal: 120 days (TurnaroundDeadlineDecision)").isBetween(120L, 121L);

        complete("ircamsterdam", reference, Map.of("qualityApproved", "true"));
        complete("airs", reference, Map.of("centralAuthorityTransmits", "true", "channel", "CENTRAL_AUTHORITY",
                "sentOn", java.time.LocalDate.now().toString()));

        Map<String, Object> abroad = row(reference);
        assertThat(abroad.get("clock")).isEqualTo("ABROAD");
        assertThat(((Number) abroad.get("intake_seconds")).longValue()).isNotNegative();
        assertThat(instant(abroad.get("clock_entered_at"))).isAfterOrEqualTo(instant(drafted.get("clock_entered_at")));
    }

    @Test
    void aStoppedClockMovesTheDeadlinesBackByTheTimeItStood() {
        String reference = ApiClient.as(port, "ircamsterdam", "demo").post("/api/requests", IncomingRequests.fromUae())
                .body().path("reference").asText();
        complete("ircamsterdam", reference, Map.of("requestComplete", "false", "missingItems", "vertaling"));
        assertThat(row(reference).get("clock")).isEqualTo("STOPPED");
        // Ten days pass while the requesting state prepares its supplement.
        shiftBack(reference, Duration.ofDays(10));
        Instant targetBefore = instant(row(reference).get("target_at"));

        assertThat(ApiClient.as(port, "ircamsterdam", "demo").post("/api/requests/" + reference + "/messages",
                Map.of("kind", "SUPPLEMENT", "summary", "Vertaling")).status()).isEqualTo(202);

        Map<String, Object> resumed = row(reference);
        assertThat(resumed.get("clock")).isEqualTo("NL");
        assertThat(((Number) resumed.get("stopped_seconds")).longValue()).isBetween(10 * DAY, 10 * DAY + 60);
        assertThat(Duration.between(targetBefore, instant(resumed.get("target_at"))).toSeconds())
                .isBetween(10 * DAY, 10 * DAY + 60);
    }

    @Test
    void statisticsOverdueListTrendAndCsvFollowTheRequests() {
        // This test alone drafts for IRC Limburg; a database kept from an earlier run starts without its rows.
        jdbc.update("delete from request_turnaround where authority = 'ircLimburg'");
        List<String> closed = new ArrayList<>();
        for (int days = 1; days <= 4; days++) {
            String reference = toColombia("ircLimburg");
            closeAfter(reference, days, days == 4);
            closed.add(reference);
        }
        String open = toColombia("ircLimburg");
        jdbc.update("update request_turnaround set registered_at = ?, warn_at = ?, target_at = ? where reference = ?",
                ts(Instant.now().minus(30, ChronoUnit.DAYS)), ts(Instant.now().minus(5, ChronoUnit.DAYS)),
                ts(Instant.now().minus(1, ChronoUnit.DAYS)), open);

        JsonNode groups = coordinator().get("/api/turnaround?groupBy=authority&authority=ircLimburg").body().path("groups");
        assertThat(groups).hasSize(1);
        JsonNode limburg = groups.get(0);
        assertThat(limburg.path("key").asText()).isEqualTo("ircLimburg");
        assertThat(limburg.path("closed").asLong()).isEqualTo(4);
        assertThat(limburg.path("turnaroundDays").path("p50").asDouble()).isEqualTo(2.5);
        assertThat(limburg.path("turnaroundDays").path("p90").asDouble()).isEqualTo(3.7);
        assertThat(limburg.path("phaseDays").path("INTAKE").path("p50").asDouble()).as("1.25 days, shown to one decimal").isEqualTo(1.3);
        assertThat(limburg.path("breaches").asLong()).isEqualTo(1);
        assertThat(limburg.path("open").asLong()).isEqualTo(1);
        assertThat(limburg.path("openByPhase").path("COORDINATION").asLong()).isEqualTo(1);
        assertThat(limburg.path("overdue").asLong()).isEqualTo(1);
        assertThat(limburg.path("oldestOpenDays").asDouble()).isBetween(29.9, 30.1);

        JsonNode overdue = coordinator().get("/api/turnaround/overdue?authority=ircLimburg").body().path("requests");
        assertThat(overdue).hasSize(1);
        assertThat(overdue.get(0).path("reference").asText()).isEqualTo(open);
        assertThat(overdue.get(0).path("status").asText()).isEqualTo("OVERDUE");

        JsonNode weeks = coordinator().get("/api/turnaround/trend?partnerState=CO").body().path("weeks");
        long completions = StreamSupport.stream(weeks.spliterator(), false).mapToLong(w -> w.path("completions").asLong()).sum();
        assertThat(completions).isGreaterThanOrEqualTo(4);

        Response csv = coordinator().get("/api/turnaround?groupBy=authority&authority=ircLimburg&format=csv");
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.body().asText()).startsWith("group,open,intake").contains("ircLimburg,1,0,1,0,0,1,");
        assertThat(coordinator().get("/api/turnaround/overdue?authority=ircLimburg&format=csv").body().asText())
                .contains(open + ",OVERDUE,OUTGOING,MLA,CO,ircLimburg");
    }

    @Test
    void wholeMonthsComeFromTheHistogramsWithTheSameCountsAndPercentilesWithinTheirClasses() {
        // This test alone drafts for IRC Oost-Brabant and adds up months; earlier runs' rows do not count.
        jdbc.update("delete from request_turnaround where authority = 'ircOostBrabant'");
        jdbc.update("delete from turnaround_histogram");
        jdbc.update("delete from turnaround_histogram_month");
        YearMonth closedIn = YearMonth.now(nl.rechtshulp.web.DutchTime.ZONE).minusMonths(2);
        Instant closedAt = closedIn.atDay(10).atTime(12, 0).atZone(nl.rechtshulp.web.DutchTime.ZONE).toInstant();
        for (int days = 1; days <= 12; days++) {
            String reference = toColombia("ircOostBrabant");
            jdbc.update("""
                    update request_turnaround set registered_at = ?, closed_at = ?, outcome = 'FOLLOWED_UP',
                        turnaround_seconds = ?, intake_seconds = ?, coordination_seconds = ?, target_at = ?
                    where reference = ?""", ts(closedAt.minus(days * 3L, ChronoUnit.DAYS)), ts(closedAt),
                    days * 3 * DAY, days * DAY, days * 2 * DAY,
                    ts(days > 9 ? closedAt.minus(1, ChronoUnit.DAYS) : closedAt.plus(1, ChronoUnit.DAYS)), reference);
        }
        String statistics = "/api/turnaround?groupBy=authority&from=" + closedIn.minusMonths(1).atDay(15);
        JsonNode exact = group(coordinator().get(statistics).body(), "ircOostBrabant");

        histograms.addUpCompletedMonths();
        assertThat(jdbc.queryForObject("select count(*) from turnaround_histogram_month where closed_month = ?",
                Long.class, closedIn.atDay(1))).isEqualTo(1);
        long rows = jdbc.queryForObject("select count(*) from turnaround_histogram", Long.class);
        histograms.addUpCompletedMonths();
        assertThat(jdbc.queryForObject("select count(*) from turnaround_histogram", Long.class))
                .as("a month is added up once").isEqualTo(rows);

        JsonNode fromHistograms = group(coordinator().get(statistics).body(), "ircOostBrabant");
        assertThat(fromHistograms.path("closed").asLong()).isEqualTo(exact.path("closed").asLong()).isEqualTo(12);
        assertThat(fromHistograms.path("breaches").asLong()).isEqualTo(exact.path("breaches").asLong()).isEqualTo(3);
        for (String figure : List.of("turnaroundDays", "phaseDays/INTAKE", "phaseDays/COORDINATION")) {
            JsonNode before = exact.at("/" + figure);
            JsonNode after = fromHistograms.at("/" + figure);
            for (String p : List.of("p50", "p90")) {
                double expected = before.path(p).asDouble();
                assertThat(after.path(p).asDouble()).as("%s %s", figure, p)
                        .isCloseTo(expected, org.assertj.core.data.Offset.offset(expected * 0.025 + 0.1));
            }
        }
        assertThat(exact.path("turnaroundDays").path("p50").asDouble()).isEqualTo(19.5);
    }

    private static JsonNode group(JsonNode statistics, String key) {
        return StreamSupport.stream(statistics.path("groups").spliterator(), false)
                .filter(group -> key.equals(group.path("key").asText())).findFirst()
                .orElseThrow(() -> new AssertionError("no group " + key + " in " + statistics));
    }

    @Test
    void warningsComeOnceBeforeTheTargetAndACoordinatorTaskOnceItPasses() {
        String reference = toColombia("ircZeelandWestBrabant");
        jdbc.update("update request_turnaround set warn_at = ? where reference = ?",
                ts(Instant.now().minus(1, ChronoUnit.HOURS)), reference);

        escalations.escalate();
        escalations.escalate();

        assertThat(tasks(reference, "Task_HeedDeadlineWarning")).as("one warning, however often the check runs").hasSize(1);
        var warning = tasks(reference, "Task_HeedDeadlineWarning").get(0);
        assertThat(groups(warning.getId())).containsExactlyInAnyOrder("ircZeelandWestBrabant", "coordinators");

        jdbc.update("update request_turnaround set target_at = ? where reference = ?",
                ts(Instant.now().minus(1, ChronoUnit.MINUTES)), reference);
        escalations.escalate();
        escalations.escalate();

        var breaches = tasks(reference, "Task_HandleDeadlineBreach");
        assertThat(breaches).hasSize(1);
        assertThat(groups(breaches.get(0).getId())).containsExactly("coordinators");
        assertThat(tasks(reference, "Task_HeedDeadlineWarning")).hasSize(1);
    }

    @Test
    void tenCoordinatorsOpeningTheDashboardAtOnceLeaveConnectionsForEveryoneElse() throws Exception {
        toColombia("ircAmsterdam");
        // Signed in beforehand, as coordinators at work are: the peak measured is the dashboards', not ten logins'.
        List<ApiClient> signedIn = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            var session = ApiClient.withSession("http://localhost:" + port, "coordinator", "demo");
            assertThat(session.get("/api/navigation").status()).isEqualTo(200);
            signedIn.add(session);
        }
        var pool = ((com.zaxxer.hikari.HikariDataSource) dataSource).getHikariPoolMXBean();
        int poolSize = ((com.zaxxer.hikari.HikariDataSource) dataSource).getMaximumPoolSize();
        var peakActive = new java.util.concurrent.atomic.AtomicInteger();
        var sampling = new java.util.concurrent.atomic.AtomicBoolean(true);
        Thread sampler = new Thread(() -> {
            while (sampling.get()) {
                peakActive.accumulateAndGet(pool.getActiveConnections(), Math::max);
                Thread.onSpinWait();
            }
        });
        sampler.start();
        var coordinators = java.util.concurrent.Executors.newFixedThreadPool(10);
        try {
            List<java.util.concurrent.Future<Integer>> pages = new ArrayList<>();
            for (ApiClient session : signedIn) {
                pages.add(coordinators.submit(() -> session.get("/dashboard?groupBy=authority").status()));
            }
            // Someone else's work goes on while the dashboards load.
            long started = System.nanoTime();
            Response list = ApiClient.as(port, "ircamsterdam", "demo").get("/api/requests?size=5");
            Duration otherWork = Duration.ofNanos(System.nanoTime() - started);
            for (var page : pages) {
                assertThat(page.get(60, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo(200);
            }
            assertThat(list.status()).isEqualTo(200);
            assertThat(otherWork).as("an API call during ten dashboard loads").isLessThan(Duration.ofSeconds(4));
        } finally {
            sampling.set(false);
            sampler.join();
            coordinators.shutdownNow();
        }
        assertThat(dashboardExecutor.getThreadPoolExecutor().getLargestPoolSize())
                .as("side queries on a bounded executor").isLessThanOrEqualTo(dashboardExecutor.getMaxPoolSize());
        // The other user's own call may take the last connection for an instant; what must hold is that it is served
        // well within the pool's five-second wait for a connection (asserted above), so the figure is only reported.
        System.out.printf("dashboard load: %d of %d connections in use at the peak%n", peakActive.get(), poolSize);
    }

    @Test
    void onlyCoordinatorsAuditorsAndAdministratorsSeeTheFiguresAndPrometheusHasThem() {
        assertThat(ApiClient.as(port, "ircamsterdam", "demo").get("/api/turnaround").status()).isEqualTo(403);
        assertThat(ApiClient.anonymous(port).get("/api/turnaround").status()).isEqualTo(401);
        assertThat(ApiClient.as(port, "auditor", "demo").get("/api/turnaround").status()).isEqualTo(200);
        assertThat(coordinator().get("/api/turnaround?groupBy=colour").status()).isEqualTo(400);
        assertThat(coordinator().get("/api/turnaround?direction=SIDEWAYS").status()).isEqualTo(400);
        assertThat(coordinator().get("/api/turnaround?from=2026-12-01&to=2026-01-01").status()).isEqualTo(400);

        Response page = coordinator().get("/dashboard?groupBy=type");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body().asText()).contains("Doorlooptijden en termijnen", "Te laat en bijna te laat");
        assertThat(ApiClient.as(port, "ircamsterdam", "demo").get("/dashboard").status()).isEqualTo(403);

        toColombia("ircAmsterdam");
        String metrics = coordinator().get("/actuator/prometheus").body().asText();
        assertThat(metrics).contains("rechtshulp_requests_open{phase=\"COORDINATION\"}", "rechtshulp_requests_overdue");
    }

    private void closeAfter(String reference, int days, boolean breached) {
        Instant closedAt = Instant.now().minus(1, ChronoUnit.HOURS);
        Instant registeredAt = closedAt.minus(days, ChronoUnit.DAYS);
        jdbc.update("""
                update request_turnaround set registered_at = ?, closed_at = ?, outcome = 'FOLLOWED_UP',
                    turnaround_seconds = ?, intake_seconds = ?, coordination_seconds = ?, target_at = ?
                where reference = ?""", ts(registeredAt), ts(closedAt), days * DAY, days * DAY / 2, days * DAY / 2,
                ts(breached ? closedAt.minus(1, ChronoUnit.DAYS) : closedAt.plus(30, ChronoUnit.DAYS)), reference);
    }

    private String toColombia(String authority) {
        Map<String, Object> body = OutgoingRequests.toUae();
        body.put("requestedState", "CO");
        body.put("requestLanguage", "es");
        body.put("urgency", "NORMAL");
        body.put("draftingAuthority", authority);
        Response created = ApiClient.as(port, "admin", "admin").post("/api/requests", body);
        assertThat(created.status()).as("draft %s", created.body()).isEqualTo(201);
        return created.body().path("reference").asText();
    }

    /** The clock stopped earlier than it did: as the request itself records it. */
    private void shiftBack(String reference, Duration by) {
        Instant at = instant(jdbc.queryForMap("select clock_entered_at from request where reference = ?", reference)
                .get("clock_entered_at"));
        jdbc.update("update request set clock_entered_at = ? where reference = ?", ts(at.minus(by)), reference);
    }

    private Map<String, Object> row(String reference) {
        return jdbc.queryForMap("select * from request_turnaround where reference = ?", reference);
    }

    private List<org.camunda.bpm.engine.task.Task> tasks(String reference, String taskKey) {
        return taskService.createTaskQuery().processInstanceBusinessKey(reference).taskDefinitionKey(taskKey).list();
    }

    private List<String> groups(String taskId) {
        return taskService.getIdentityLinksForTask(taskId).stream()
                .filter(link -> link.getGroupId() != null).map(org.camunda.bpm.engine.task.IdentityLink::getGroupId).toList();
    }

    private void complete(String userId, String reference, Map<String, Object> values) {
        JsonNode task = coordinator().get("/api/requests/" + reference).body().path("openTasks").get(0);
        Map<String, Object> variables = new HashMap<>();
        values.forEach((name, value) -> variables.put(name, Map.of("value", value)));
        assertThat(ApiClient.as(port, userId, "demo").post("/engine-rest/task/" + task.path("id").asText() + "/complete",
                Map.of("variables", variables)).status()).isEqualTo(204);
    }

    private ApiClient coordinator() {
        return ApiClient.as(port, "coordinator", "demo");
    }

    private static Timestamp ts(Instant instant) {
        return Timestamp.from(instant);
    }

    private static Instant instant(Object value) {
        return value instanceof Timestamp timestamp ? timestamp.toInstant()
                : Instant.from((java.time.temporal.TemporalAccessor) value);
    }
}

package nl.rechtshulp.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import nl.rechtshulp.support.ApiClient;
import nl.rechtshulp.support.DatabaseProfiles;
import nl.rechtshulp.support.IncomingRequests;
import nl.rechtshulp.support.LifecycleDriver;
import nl.rechtshulp.support.Node;
import nl.rechtshulp.support.OutgoingRequests;
import nl.rechtshulp.support.PostgresAvailable;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two nodes on one PostgreSQL database, started together on an empty schema, as production runs them. Proves that
 * work moves between nodes, timers fire once, a conflict is a clean 409, and a node killed under load loses nothing.
 */
@ExtendWith(PostgresAvailable.class)
class ClusterIntegrationTests {

    private static final String SERVER = System.getProperty("RH_DB_URL", "jdbc:postgresql://127.0.0.1:5432/rechtshulp_test")
            .replaceAll("/[^/]*$", "/");
    private static final String DATABASE = SERVER + "rechtshulp_cluster";
    private static final String[] CLUSTER_SETTINGS = {
            "--camunda.bpm.job-execution.lock-time-in-millis=15000",
            "--camunda.bpm.job-execution.wait-time-in-millis=500",
            "--camunda.bpm.job-execution.max-wait=1000"};

    @Test
    void twoNodesShareTheWorkAndSurviveTheLossOfOne() throws Exception {
        Assumptions.assumeTrue(DatabaseProfiles.onPostgres(), "a PostgreSQL cluster test; runs on the PostgreSQL run");
        recreateDatabase();
        try (Node a = Node.of("node-a", DATABASE, CLUSTER_SETTINGS); Node b = Node.of("node-b", DATABASE, CLUSTER_SETTINGS)) {
            a.start();
            b.start();
            a.awaitReady(Duration.ofSeconds(120));
            b.awaitReady(Duration.ofSeconds(120));

            workRegisteredOnOneNodeContinuesOnTheOther(a, b);
            aTimerFiresOnceAcrossBothNodes(a, b);
            twoUsersCompletingTheSameTaskOnDifferentNodesGetOneSuccessAndOneConflict(a, b);
            theSameWithdrawalDeliveredTwiceAtOnceIsAcceptedOnceAndRefusedOnce(a, b);
            aDocumentSupersededTwiceAtOnceIsSupersededOnce(a, b);
            aReassignmentRacingACompletionEndsInAConsistentStateWithClearAnswers(a, b);
            aNodeKilledUnderLoadLosesAndDuplicatesNothing(a, b);
        }
    }

    private void workRegisteredOnOneNodeContinuesOnTheOther(Node a, Node b) {
        String reference = ApiClient.withSession(a.url(), "ircamsterdam", "demo")
                .post("/api/requests", IncomingRequests.fromDenmark()).body().path("reference").asText();
        String taskId = openTask(b, reference);
        var onB = ApiClient.withSession(b.url(), "ircamsterdam", "demo");
        assertThat(onB.post("/engine-rest/task/" + taskId + "/complete",
                variables(Map.of("requestComplete", "true"))).status()).isEqualTo(204);
        assertThat(ApiClient.withSession(a.url(), "coordinator", "demo").get("/api/requests/" + reference).body()
                .path("phase").asText()).isEqualTo("COORDINATION");
    }

    private void aTimerFiresOnceAcrossBothNodes(Node a, Node b) throws Exception {
        String reference = ApiClient.withSession(a.url(), "ircamsterdam", "demo")
                .post("/api/requests", IncomingRequests.fromDenmark()).body().path("reference").asText();
        ApiClient.withSession(b.url(), "ircamsterdam", "demo").post("/engine-rest/task/" + openTask(a, reference)
                + "/complete", variables(Map.of("requestComplete", "false", "missingItems", "Vertaling")));
        int due = update("""
                update act_ru_job set duedate_ = now() - interval '1 minute'
                where job_def_id_ in (select id_ from act_ru_jobdef where act_id_ = 'BoundaryEvent_SupplementReminderDue')
                  and process_instance_id_ =
                  (select proc_inst_id_ from act_ru_execution where business_key_ = ? and parent_id_ is null)""", reference);
        assertThat(due).isEqualTo(1);

        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (count("select count(*) from act_hi_taskinst where task_def_key_ = 'Task_RemindRequestingState'"
                + " and proc_inst_id_ in (select proc_inst_id_ from act_hi_procinst where business_key_ = ?)", reference) == 0
                && System.nanoTime() < deadline) {
            Thread.sleep(250);
        }
        Thread.sleep(3000); // both job executors have had time to pick the job up again
        assertThat(count("select count(*) from act_hi_taskinst where task_def_key_ = 'Task_RemindRequestingState'"
                + " and proc_inst_id_ in (select proc_inst_id_ from act_hi_procinst where business_key_ = ?)", reference))
                .isEqualTo(1);
    }

    private void twoUsersCompletingTheSameTaskOnDifferentNodesGetOneSuccessAndOneConflict(Node a, Node b)
            throws Exception {
        String reference = ApiClient.withSession(a.url(), "ircamsterdam", "demo")
                .post("/api/requests", IncomingRequests.fromDenmark()).body().path("reference").asText();
        String taskId = openTask(a, reference);
        var officerOnA = ApiClient.withSession(a.url(), "ircamsterdam", "demo");
        var adminOnB = ApiClient.withSession(b.url(), "admin", "admin");
        officerOnA.get("/api/requests/" + reference); // sessions established before the race
        adminOnB.get("/api/requests/" + reference);

        var start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        Future<ApiClient.Response> first = pool.submit(() -> {
            start.await();
            return officerOnA.post("/engine-rest/task/" + taskId + "/complete", variables(Map.of("requestComplete", "true")));
        });
        Future<ApiClient.Response> second = pool.submit(() -> {
            start.await();
            return adminOnB.post("/engine-rest/task/" + taskId + "/complete", variables(Map.of("requestComplete", "true")));
        });
        start.countDown();
        List<ApiClient.Response> answers = List.of(first.get(30, TimeUnit.SECONDS), second.get(30, TimeUnit.SECONDS));
        pool.shutdown();

        List<Integer> statuses = new ArrayList<>(answers.stream().map(ApiClient.Response::status).sorted().toList());
        assertThat(statuses).as("answers: %s", answers).containsExactly(204, 409);
        assertThat(count("select count(*) from act_hi_taskinst where task_def_key_ = 'Task_AssignCompetentAuthority'"
                + " and proc_inst_id_ in (select proc_inst_id_ from act_hi_procinst where business_key_ = ?)", reference))
                .isEqualTo(1);
    }

    /** Raced several times: the losing call can arrive at any point of the winning one's transaction. */
    private void theSameWithdrawalDeliveredTwiceAtOnceIsAcceptedOnceAndRefusedOnce(Node a, Node b) throws Exception {
        for (int round = 0; round < 12; round++) {
            aWithdrawalDeliveredTwiceAtOnce(a, b);
        }
    }

    private void aWithdrawalDeliveredTwiceAtOnce(Node a, Node b) throws Exception {
        String reference = ApiClient.withSession(a.url(), "ircamsterdam", "demo")
                .post("/api/requests", IncomingRequests.fromDenmark()).body().path("reference").asText();
        var onA = ApiClient.withSession(a.url(), "ircamsterdam", "demo");
        var onB = ApiClient.withSession(b.url(), "ircamsterdam", "demo");
        var withdrawal = Map.of("kind", "WITHDRAWAL", "summary", "Verzoek ingetrokken door de Staatsanwaltschaft");

        List<ApiClient.Response> answers = race(() -> onA.post("/api/requests/" + reference + "/messages", withdrawal),
                () -> onB.post("/api/requests/" + reference + "/messages", withdrawal));

        assertThat(answers.stream().map(ApiClient.Response::status).sorted().toList()).as("answers: %s", answers)
                .containsExactly(202, 409);
        assertThat(answers.stream().filter(answer -> answer.status() == 409).findFirst().orElseThrow().contentType())
                .startsWith("application/problem+json");
        assertThat(count("select count(*) from request_message m join request r on r.id = m.request_id"
                + " where r.reference = ? and m.kind = 'WITHDRAWAL'", reference)).isEqualTo(1);
    }

    private void aDocumentSupersededTwiceAtOnceIsSupersededOnce(Node a, Node b) throws Exception {
        var onA = ApiClient.withSession(a.url(), "ircamsterdam", "demo");
        var onB = ApiClient.withSession(b.url(), "ircamsterdam", "demo");
        String reference = onA.post("/api/requests", IncomingRequests.fromDenmark()).body().path("reference").asText();
        String original = onA.upload("/api/requests/" + reference + "/documents", Map.of("kind", "TRANSLATION",
                "language", "nl"), "vertaling.pdf", OutgoingRequests.pdf("v1")).body().path("id").asText();
        Map<String, String> correction = Map.of("kind", "TRANSLATION", "language", "nl", "supersedes", original);

        List<ApiClient.Response> answers = race(
                () -> onA.upload("/api/requests/" + reference + "/documents", correction, "v2a.pdf", OutgoingRequests.pdf("v2a")),
                () -> onB.upload("/api/requests/" + reference + "/documents", correction, "v2b.pdf", OutgoingRequests.pdf("v2b")));

        assertThat(answers.stream().map(ApiClient.Response::status).sorted().toList()).as("answers: %s", answers)
                .containsExactly(201, 409);
        assertThat(count("select count(*) from request_document where supersedes_id = ?", Long.parseLong(original)))
                .isEqualTo(1);
    }

    private void aReassignmentRacingACompletionEndsInAConsistentStateWithClearAnswers(Node a, Node b) throws Exception {
        var officer = ApiClient.withSession(a.url(), "ircamsterdam", "demo");
        var coordinator = ApiClient.withSession(b.url(), "coordinator", "demo");
        String reference = officer.post("/api/requests", IncomingRequests.fromDenmark()).body().path("reference").asText();
        String taskId = openTask(a, reference);
        coordinator.get("/api/requests/" + reference);

        List<ApiClient.Response> answers = race(
                () -> officer.post("/engine-rest/task/" + taskId + "/complete", variables(Map.of("requestComplete", "true"))),
                () -> coordinator.post("/api/tasks/reassignments", Map.of("taskIds", List.of(taskId),
                        "candidateGroup", "ircRotterdam", "reason", "Werkverdeling")));

        var completion = answers.get(0);
        var reassignment = answers.get(1);
        // 403: the move came first, and the task is no longer the officer's authority's to complete.
        assertThat(completion.status()).as("completion: %s", completion).isIn(204, 403, 409);
        assertThat(completion.status() == 204 && reassignment.status() == 200)
                .as("a task cannot be both completed and moved").isFalse();
        assertThat(reassignment.status()).as("reassignment: %s", reassignment).isIn(200, 404, 409);
        for (var refused : answers.stream().filter(answer -> answer.status() >= 400).toList()) {
            assertThat(refused.contentType()).startsWith("application/problem+json");
        }
        long completed = count("select count(*) from act_hi_taskinst where id_ = ? and end_time_ is not null", taskId);
        assertThat(completed == 1).as("the task is completed exactly when the completion said so")
                .isEqualTo(completion.status() == 204);
    }

    /** Runs both calls at the same moment, on their own threads; answers in the order given. */
    private static List<ApiClient.Response> race(java.util.concurrent.Callable<ApiClient.Response> first,
                                                 java.util.concurrent.Callable<ApiClient.Response> second) throws Exception {
        var start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<ApiClient.Response> one = pool.submit(() -> {
                start.await();
                return first.call();
            });
            Future<ApiClient.Response> two = pool.submit(() -> {
                start.await();
                return second.call();
            });
            start.countDown();
            return List.of(one.get(30, TimeUnit.SECONDS), two.get(30, TimeUnit.SECONDS));
        } finally {
            pool.shutdown();
        }
    }

    private void aNodeKilledUnderLoadLosesAndDuplicatesNothing(Node a, Node b) throws Exception {
        var driver = new LifecycleDriver(List.of(a.url(), b.url()));
        int requests = 200;
        var foreignReferences = new ConcurrentLinkedQueue<String>();
        var failures = new ConcurrentLinkedQueue<Throwable>();
        var finished = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(6);
        for (int i = 0; i < requests; i++) {
            clients.submit(() -> {
                String foreignReference = "DE-LOAD-" + UUID.randomUUID();
                foreignReferences.add(foreignReference);
                try {
                    driver.carryToClosure(driver.register(foreignReference));
                } catch (RuntimeException e) {
                    failures.add(e);
                }
                finished.incrementAndGet();
            });
        }
        while (finished.get() < requests / 3) {
            Thread.sleep(50);
        }
        a.kill();
        clients.shutdown();
        assertThat(clients.awaitTermination(5, TimeUnit.MINUTES)).isTrue();

        assertThat(failures).as("every request went on on the surviving node").isEmpty();
        assertConsistent(foreignReferences);

        a.start();
        a.awaitReady(Duration.ofSeconds(120));
        assertConsistent(foreignReferences);
        Thread.sleep(16_000); // longer than the lock time: jobs node A held are free again
        assertThat(count("select count(*) from act_ru_job where lock_exp_time_ < now() and lock_owner_ is not null"))
                .as("no job stays locked by the killed node").isZero();
    }

    /** Each request registered once, closed, without a process or task left behind. */
    private void assertConsistent(Iterable<String> foreignReferences) throws SQLException {
        for (String foreignReference : foreignReferences) {
            assertThat(count("select count(*) from request where foreign_reference = ?", foreignReference))
                    .as("registered once: %s", foreignReference).isEqualTo(1);
            assertThat(count("select count(*) from request where foreign_reference = ? and phase = 'CLOSED'", foreignReference))
                    .as("closed: %s", foreignReference).isEqualTo(1);
            assertThat(count("""
                    select count(*) from act_ru_execution where business_key_ =
                      (select reference from request where foreign_reference = ?)""", foreignReference))
                    .as("no running process left: %s", foreignReference).isZero();
            // One request process; the processes it called (the transfer after the complaint period) carry its key too.
            assertThat(count("""
                    select count(*) from act_hi_procinst where super_process_instance_id_ is null and business_key_ =
                      (select reference from request where foreign_reference = ?)""", foreignReference))
                    .as("one process: %s", foreignReference).isEqualTo(1);
        }
    }

    private static String openTask(Node node, String reference) {
        return ApiClient.withSession(node.url(), "coordinator", "demo").get("/api/requests/" + reference).body()
                .path("openTasks").get(0).path("id").asText();
    }

    private static Map<String, Object> variables(Map<String, Object> values) {
        Map<String, Object> variables = new java.util.HashMap<>();
        values.forEach((name, value) -> variables.put(name, Map.of("value", value)));
        return Map.of("variables", variables);
    }

    private static void recreateDatabase() throws SQLException {
        try (Connection server = DriverManager.getConnection(SERVER + "postgres", "postgres", "");
             var statement = server.createStatement()) {
            statement.execute("drop database if exists rechtshulp_cluster with (force)");
            statement.execute("create database rechtshulp_cluster");
        }
    }

    private static long count(String sql, Object... parameters) throws SQLException {
        try (Connection connection = DriverManager.getConnection(DATABASE, "postgres", "");
             var statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (var result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    private static int update(String sql, Object... parameters) throws SQLException {
        try (Connection connection = DriverManager.getConnection(DATABASE, "postgres", "");
             var statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        }
    }
}

package nl.rechtshulp.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.rechtshulp.security.AuthorityGroups;
import nl.rechtshulp.support.ApiClient;
import nl.rechtshulp.support.DatabaseProfiles;
import nl.rechtshulp.support.IntegrationTest;
import nl.rechtshulp.support.LifecycleDriver;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The Tasklist at scale on PostgreSQL: one group's queue (the filter "Werkvoorraad van mijn groepen", a page of 50
 * sorted by due date, through the filter list endpoint the Tasklist calls, authorizations on) timed at 3,000 and at
 * 100,000 open tasks spread over the authority groups, and the lifecycle rate over HTTP at both sizes. The open tasks
 * are seeded in-process through the engine's Java API, each a task with a candidate group and a due date, so the
 * engine grants it to that group as it grants the product's own. Prints figures and writes
 * {@code target/tasklist-at-scale.md}; runs only on request, on the PostgreSQL run:
 * {@code mvn -B -Pbenchmark verify -Dit.test=TasklistAtScaleBenchmark}.
 */
@IntegrationTest
class TasklistAtScaleBenchmark {

    private static final int SMALL = Integer.getInteger("rh.benchmark.open.small", 3_000);
    private static final int LARGE = Integer.getInteger("rh.benchmark.open.large", 100_000);
    private static final int WARM_UP = Integer.getInteger("rh.benchmark.warmup", 1_500);
    private static final int LIFECYCLES = Integer.getInteger("rh.benchmark.lifecycles", 300);
    private static final int CALLS = 200;
    private static final int BATCH = 500;
    private static final String QUEUE = "Werkvoorraad van mijn groepen";
    private static final String SEED_PROCESS = "TasklistSeedProcess";

    @LocalServerPort
    int port;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    RepositoryService repositoryService;

    @Autowired
    FilterService filterService;

    @Autowired
    TransactionTemplate transactions;

    private int seeded;

    @Test
    void oneGroupsQueueAndTheLifecycleRateAsTheOpenSetGrows() throws Exception {
        Assumptions.assumeTrue(DatabaseProfiles.onPostgres(), "measured on PostgreSQL");
        deploySeedProcess();
        var driver = new LifecycleDriver(List.of("http://localhost:" + port));
        StringBuilder report = new StringBuilder(String.format(
                "%n| open tasks | queue p50 ms | queue p95 ms | queue max ms | page with count and variables (HAL) p50 / p95 ms"
                + " | lifecycles/s | write tx/s |%n|---|---|---|---|---|---|---|%n"));
        seedUpTo(SMALL);
        lifecycles(driver, WARM_UP);
        report.append(row(driver));
        seedUpTo(LARGE);
        lifecycles(driver, LIFECYCLES / 3);
        report.append(row(driver));
        report.append(String.format("%nSeeded through the Java API in batches of %d; %d lifecycles per size after a "
                + "warm-up of %d; %d queue calls per size after 20 unmeasured ones, as ircrotterdam.%n", BATCH,
                LIFECYCLES, WARM_UP, CALLS));
        System.out.println(report);
        Files.writeString(Path.of("target/tasklist-at-scale.md"), report);
    }

    private String row(LifecycleDriver driver) {
        List<Double> queue = queueMillis("application/json");
        List<Double> page = queueMillis("application/hal+json");
        long start = System.nanoTime();
        lifecycles(driver, LIFECYCLES);
        double seconds = (System.nanoTime() - start) / 1e9;
        double rate = LIFECYCLES / seconds;
        // A lifecycle here is a registration and six task completions: seven engine write transactions.
        return String.format("| %,d | %.1f | %.1f | %.1f | %.1f / %.1f | %.1f | %.0f |%n", openTasks(),
                percentile(queue, 50), percentile(queue, 95), queue.get(queue.size() - 1), percentile(page, 50),
                percentile(page, 95), rate, rate * LifecycleDriver.STEPS.size());
    }

    /**
     * The queue call timed in one representation: plain JSON (the tasks of the page), or HAL as the Tasklist's page
     * asks for it, which adds the queue's count and the variables the filter shows for each task.
     */
    private List<Double> queueMillis(String accept) {
        String filterId = filterService.createFilterQuery().filterName(QUEUE).singleResult().getId();
        // The Tasklist calls with its session, signed in once.
        var officer = ApiClient.withSession("http://localhost:" + port, "ircrotterdam", "demo");
        String path = "/engine-rest/filter/" + filterId + "/list?firstResult=0&maxResults=50";
        Map<String, Object> body = Map.of("sorting", List.of(Map.of("sortBy", "dueDate", "sortOrder", "asc")));
        for (int i = 0; i < 20; i++) {
            check(officer.postAccepting(path, body, accept));
        }
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < CALLS; i++) {
            long start = System.nanoTime();
            check(officer.postAccepting(path, body, accept));
            millis.add((System.nanoTime() - start) / 1e6);
        }
        millis.sort(Double::compare);
        return millis;
    }

    private static void check(ApiClient.Response response) {
        if (response.status() != 200 || response.body().size() == 0) {
            throw new IllegalStateException("the queue answered " + response.status() + ": " + response.body());
        }
    }

    private static void lifecycles(LifecycleDriver driver, int count) {
        for (int i = 0; i < count; i++) {
            driver.carryToClosure(driver.register("DK-QUEUE-" + UUID.randomUUID()));
        }
    }

    private long openTasks() {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(SEED_PROCESS).count();
    }

    /** A task with a candidate group and a due date, started as the product's intake starts its processes. */
    private void deploySeedProcess() {
        var model = Bpmn.createExecutableProcess(SEED_PROCESS).camundaHistoryTimeToLive(1)
                .startEvent()
                .userTask("Task_Queued").name("Wachtend werk").camundaCandidateGroups("${group}").camundaDueDate("${due}")
                .endEvent().done();
        repositoryService.createDeployment().name("tasklist-seed").addModelInstance(SEED_PROCESS + ".bpmn", model)
                .enableDuplicateFiltering(true).deploy();
    }

    /** Spreads the open tasks over every authority group, due dates over the coming year. */
    private void seedUpTo(int target) {
        List<String> groups = new ArrayList<>(AuthorityGroups.RECEIVING_AUTHORITIES);
        groups.addAll(AuthorityGroups.EXECUTING_SERVICES);
        long now = System.currentTimeMillis();
        while (seeded < target) {
            int from = seeded;
            int to = Math.min(target, from + BATCH);
            transactions.executeWithoutResult(status -> {
                for (int i = from; i < to; i++) {
                    Map<String, Object> variables = new HashMap<>();
                    variables.put("reference", "SEED-" + i);
                    variables.put("urgency", "NORMAL");
                    variables.put("group", groups.get(i % groups.size()));
                    variables.put("due", new Date(now + (i % 365) * 86_400_000L));
                    runtimeService.startProcessInstanceByKey(SEED_PROCESS, "SEED-" + i, variables);
                }
            });
            seeded = to;
        }
    }

    private static double percentile(List<Double> sorted, int percentile) {
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }
}

package nl.rechtshulp.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import nl.rechtshulp.support.LifecycleDriver;
import nl.rechtshulp.support.Node;
import org.junit.jupiter.api.Test;

/**
 * Throughput of the incoming-MLA lifecycle over HTTP (register, complete every task, close) with security,
 * authorizations and the register on: H2 single node, PostgreSQL single node, PostgreSQL two nodes. Prints figures;
 * runs only on request: {@code mvn -B -Pbenchmark verify [-Drh.benchmark.requests=400 -Drh.benchmark.clients=8]}.
 */
class LifecycleBenchmark {

    private static final int REQUESTS = Integer.getInteger("rh.benchmark.requests", 400);
    private static final int CLIENTS = Integer.getInteger("rh.benchmark.clients", 8);
    private static final int WARM_UP = 40;
    /** Which setups to measure: h2, pg, pg2 (default all three). */
    private static final List<String> SETUPS = List.of(System.getProperty("rh.benchmark.setups", "h2,pg,pg2").split(","));
    private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";

    @Test
    void lifecycleThroughput() throws Exception {
        // It starts its own nodes on both databases; once per build is enough.
        org.junit.jupiter.api.Assumptions.assumeFalse(nl.rechtshulp.support.DatabaseProfiles.onPostgres());
        StringBuilder table = new StringBuilder(String.format("%n| setup | requests/s | HTTP calls/s | CPU ms/request | "
                + String.join(" | ", LifecycleDriver.STEPS.stream().map(step -> step.replace("Task_", "") + " p50/p95 ms").toList())
                + " |%n|---|---|---|---|" + "---|".repeat(LifecycleDriver.STEPS.size()) + "%n"));
        if (SETUPS.contains("h2")) {
            Path h2 = Files.createTempDirectory("rechtshulp-benchmark");
            try (Node node = Node.onH2("bench-h2", h2.resolve("rechtshulp")).start()) {
                node.awaitReady(Duration.ofSeconds(120));
                table.append(measure("H2, one node", List.of(node)));
            }
        }
        if (SETUPS.contains("pg")) {
            recreate("rechtshulp_bench");
            try (Node node = Node.of("bench-pg", SERVER + "rechtshulp_bench").start()) {
                node.awaitReady(Duration.ofSeconds(120));
                table.append(measure("PostgreSQL, one node", List.of(node)));
            }
        }
        if (!SETUPS.contains("pg2")) {
            System.out.println(table);
            Files.writeString(Path.of("target/benchmark.md"), table);
            return;
        }
        recreate("rechtshulp_bench");
        try (Node a = Node.of("bench-pg-a", SERVER + "rechtshulp_bench").start();
             Node b = Node.of("bench-pg-b", SERVER + "rechtshulp_bench").start()) {
            a.awaitReady(Duration.ofSeconds(120));
            b.awaitReady(Duration.ofSeconds(120));
            table.append(measure("PostgreSQL, two nodes", List.of(a, b)));
        }
        System.out.println(table);
        Files.writeString(Path.of("target/benchmark.md"), table);
    }

    private static String measure(String setup, List<Node> nodes) throws Exception {
        run(new LifecycleDriver(nodes.stream().map(Node::url).toList()), WARM_UP);
        var driver = new LifecycleDriver(nodes.stream().map(Node::url).toList());
        long cpuBefore = cpu(nodes);
        long start = System.nanoTime();
        run(driver, REQUESTS);
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuMillisPerRequest = (cpu(nodes) - cpuBefore) / 1e6 / REQUESTS;

        int calls = REQUESTS * LifecycleDriver.STEPS.size(); // one status read before each step
        StringBuilder steps = new StringBuilder();
        for (String step : LifecycleDriver.STEPS) {
            List<Double> latencies = driver.latenciesMillis(step);
            calls += latencies.size();
            steps.append(String.format(" %.0f / %.0f |", LifecycleDriver.percentile(latencies, 0.5),
                    LifecycleDriver.percentile(latencies, 0.95)));
        }
        return String.format("| %s | %.1f | %.0f | %.0f |%s%n", setup, REQUESTS / seconds, calls / seconds,
                cpuMillisPerRequest, steps);
    }

    private static void run(LifecycleDriver driver, int requests) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        List<Future<?>> lifecycles = new java.util.ArrayList<>();
        for (int i = 0; i < requests; i++) {
            lifecycles.add(clients.submit(() -> driver.carryToClosure(driver.register("DE-BENCH-" + UUID.randomUUID()))));
        }
        for (Future<?> lifecycle : lifecycles) {
            lifecycle.get(10, TimeUnit.MINUTES);
        }
        clients.shutdown();
    }

    private static long cpu(List<Node> nodes) {
        return nodes.stream().mapToLong(node -> node.cpuTime().toNanos()).sum();
    }

    private static void recreate(String database) throws Exception {
        try (var server = DriverManager.getConnection(SERVER + "postgres", "postgres", "");
             var statement = server.createStatement()) {
            statement.execute("drop database if exists " + database + " with (force)");
            statement.execute("create database " + database);
        }
    }
}

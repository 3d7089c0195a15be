package nl.rechtshulp.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import nl.rechtshulp.support.ApiClient;
import nl.rechtshulp.support.DatabaseProfiles;
import nl.rechtshulp.support.IncomingRequests;
import nl.rechtshulp.support.Node;
import nl.rechtshulp.support.PostgresAvailable;
import nl.rechtshulp.support.TcpProxy;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The database goes away under a steady stream of registrations and comes back: every call that needs it meanwhile
 * (a login too) answers 503 problem details with Retry-After, liveness stays up while readiness goes down and up
 * again, nothing is half-written, and the application carries on by itself. The connection is cut by a proxy of the
 * test's own; the shared PostgreSQL server is never restarted.
 */
@ExtendWith(PostgresAvailable.class)
class DatabaseOutageIntegrationTests {

    private static final String SERVER = System.getProperty("RH_DB_URL", "jdbc:postgresql://127.0.0.1:5432/rechtshulp_test")
            .replaceAll("/[^/]*$", "/");
    private static final String DATABASE = "rechtshulp_outage";

    /** One registration attempt as the client saw it. */
    record Attempt(Instant at, int status, String reference, String retryAfter, String contentType) {
    }

    @Test
    void callsDuringAnOutageGet503WithRetryAfterAndNothingIsHalfWritten() throws Exception {
        Assumptions.assumeTrue(DatabaseProfiles.onPostgres(), "a PostgreSQL test; runs on the PostgreSQL run");
        recreateDatabase();
        try (TcpProxy proxy = new TcpProxy("127.0.0.1", 5432);
             Node node = Node.of("outage", "jdbc:postgresql://127.0.0.1:" + proxy.port() + "/" + DATABASE,
                     "--RH_DB_CONNECTION_TIMEOUT=2000")) {
            node.start();
            node.awaitReady(Duration.ofSeconds(120));
            List<Attempt> attempts = new CopyOnWriteArrayList<>();
            AtomicBoolean running = new AtomicBoolean(true);
            Thread stream = new Thread(() -> {
                while (running.get()) {
                    attempts.add(register(node));
                }
            });
            stream.start();
            waitFor(() -> attempts.stream().filter(a -> a.status() == 201).count() >= 10, Duration.ofSeconds(60));

            proxy.cut();
            Instant cutAt = Instant.now();
            Thread.sleep(1500);
            var anotherUser = ApiClient.as(port(node), "ircrotterdam", "demo").get("/api/requests");
            assertThat(anotherUser.status()).as("a call that must log in first").isEqualTo(503);
            assertThat(anotherUser.contentType()).startsWith("application/problem+json");
            assertThat(status(node, "/actuator/health/liveness")).isEqualTo(200);
            waitFor(() -> status(node, "/actuator/health/readiness") == 503, Duration.ofSeconds(30));
            Thread.sleep(3000);
            proxy.restore();
            Instant restoredAt = Instant.now();
            waitFor(() -> status(node, "/actuator/health/readiness") == 200, Duration.ofSeconds(60));
            waitFor(() -> attempts.stream().filter(a -> a.status() == 201 && a.at().isAfter(restoredAt)).count() >= 5,
                    Duration.ofSeconds(60));
            running.set(false);
            stream.join();

            assertThat(attempts).extracting(Attempt::status).as("only created or unavailable").containsOnly(201, 503);
            List<Attempt> refused = attempts.stream().filter(a -> a.status() == 503).toList();
            assertThat(refused).as("calls during the outage").isNotEmpty();
            assertThat(refused).allSatisfy(a -> {
                assertThat(a.retryAfter()).isNotBlank();
                assertThat(a.contentType()).startsWith("application/problem+json");
                assertThat(a.at()).isAfter(cutAt.minusSeconds(1));
            });
            List<String> created = attempts.stream().filter(a -> a.status() == 201).map(Attempt::reference).toList();
            // Every 201 is there whole (request, read model, process); nothing else was written.
            assertThat(count("select count(*) from request")).isEqualTo(created.size());
            assertThat(count("select count(*) from request_turnaround")).isEqualTo(created.size());
            assertThat(count("select count(distinct business_key_) from act_hi_procinst")).isEqualTo(created.size());
            for (String reference : created) {
                assertThat(count("select count(*) from act_ru_task t join act_ru_execution e on e.id_ = t.proc_inst_id_"
                        + " where e.business_key_ = '" + reference + "'")).as("%s has its first task", reference).isEqualTo(1);
            }
            assertThat(ApiClient.as(port(node), "ircrotterdam", "demo").get("/api/requests").status()).isEqualTo(200);
        }
    }

    private static Attempt register(Node node) {
        try {
            var body = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(IncomingRequests.fromGermany());
            var request = HttpRequest.newBuilder(URI.create(node.url() + "/api/requests"))
                    .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString("ircamsterdam:demo".getBytes()))
                    .header("Content-Type", "application/json").timeout(Duration.ofSeconds(30))
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
            String reference = response.statusCode() == 201
                    ? new com.fasterxml.jackson.databind.ObjectMapper().readTree(response.body()).path("reference").asText() : null;
            return new Attempt(Instant.now(), response.statusCode(), reference,
                    response.headers().firstValue("Retry-After").orElse(null),
                    response.headers().firstValue("Content-Type").orElse(""));
        } catch (Exception e) {
            return new Attempt(Instant.now(), -1, null, null, e.toString());
        }
    }

    private static int status(Node node, String path) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(node.url() + path))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            return -1;
        }
    }

    private static int port(Node node) {
        return URI.create(node.url()).getPort();
    }

    private static void waitFor(java.util.function.BooleanSupplier condition, Duration timeout) throws InterruptedException {
        Instant until = Instant.now().plus(timeout);
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as("waited %s", timeout).isBefore(until);
            Thread.sleep(200);
        }
    }

    private static void recreateDatabase() throws SQLException {
        try (Connection server = DriverManager.getConnection(SERVER + "postgres", "postgres", "");
             var statement = server.createStatement()) {
            statement.execute("drop database if exists " + DATABASE + " with (force)");
            statement.execute("create database " + DATABASE);
        }
    }

    private static long count(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(SERVER + DATABASE, "postgres", "");
             var statement = connection.createStatement(); var result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }
}

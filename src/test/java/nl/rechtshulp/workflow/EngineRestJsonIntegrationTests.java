package nl.rechtshulp.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import nl.rechtshulp.support.ApiClient;
import nl.rechtshulp.support.IncomingRequests;
import nl.rechtshulp.support.IntegrationTest;
import nl.rechtshulp.support.RequestApi;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The engine's REST API writes JSON with one shared mapper configured as Camunda configures its own: dates in
 * Camunda's format, in plain JSON and in HAL (what the Tasklist's pages ask for), call after call.
 */
@IntegrationTest
class EngineRestJsonIntegrationTests {

    /** Camunda's REST date format, {@code yyyy-MM-dd'T'HH:mm:ss.SSSZ}. */
    private static final String CAMUNDA_DATE = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}[+-]\\d{4}";

    @LocalServerPort
    int port;

    @Test
    void tasksAreWrittenWithCamundasDatesInJsonAndInHalOnEveryCall() {
        var api = new RequestApi(port);
        String reference = api.register("ircamsterdam", IncomingRequests.fromDenmark());
        ApiClient officer = api.user("ircamsterdam");
        String query = "/engine-rest/task?processInstanceBusinessKey=" + reference;

        for (int call = 0; call < 3; call++) {
            var json = officer.get(query);
            assertThat(json.status()).isEqualTo(200);
            assertThat(json.body()).hasSize(1);
            JsonNode task = json.body().get(0);
            assertThat(task.path("created").asText()).matches(CAMUNDA_DATE);
            assertThat(task.path("due").asText()).matches(CAMUNDA_DATE);

            var hal = officer.getAccepting(query, "application/hal+json");
            assertThat(hal.status()).isEqualTo(200);
            assertThat(hal.contentType()).startsWith("application/hal+json");
            assertThat(hal.body().path("count").asInt()).isEqualTo(1);
            JsonNode halTask = hal.body().path("_embedded").path("task").get(0);
            assertThat(halTask.path("id").asText()).isEqualTo(task.path("id").asText());
            assertThat(halTask.path("created").asText()).matches(CAMUNDA_DATE);
        }
    }
}

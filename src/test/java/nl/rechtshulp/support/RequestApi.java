package nl.rechtshulp.support;

import static nl.rechtshulp.support.ApiAssertions.openTask;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import nl.rechtshulp.support.ApiClient.Response;

/** A request's steps through the real doors: register through the intake, complete its tasks, read its status. */
public final class RequestApi {

    private final int port;

    public RequestApi(int port) {
        this.port = port;
    }

    public ApiClient user(String userId) {
        return ApiClient.as(port, userId, "demo");
    }

    /** Registers and answers the new reference; anything but 201 fails with the answer shown. */
    public String register(String userId, Map<String, Object> body) {
        Response created = user(userId).post("/api/requests", body);
        assertThat(created.status()).as("registration answered %s", created.body()).isEqualTo(201);
        return created.body().path("reference").asText();
    }

    public void complete(String userId, String reference, String taskKey, Map<String, Object> values) {
        Response response = completeAnswer(userId, reference, taskKey, values);
        assertThat(response.status()).as("%s by %s answered %s", taskKey, userId, response.body()).isEqualTo(204);
    }

    /** Completes the request's open task through the engine's REST API and answers what it said. */
    public Response completeAnswer(String userId, String reference, String taskKey, Map<String, Object> values) {
        JsonNode task = openTask(status(reference), taskKey);
        Map<String, Object> variables = new HashMap<>();
        values.forEach((name, value) -> variables.put(name, Map.of("value", value)));
        return user(userId).post("/engine-rest/task/" + task.path("id").asText() + "/complete",
                Map.of("variables", variables));
    }

    /** The request as a coordinator (who sees every request) reads it. */
    public JsonNode status(String reference) {
        Response response = user("coordinator").get("/api/requests/" + reference);
        assertThat(response.status()).isEqualTo(200);
        return response.body();
    }
}

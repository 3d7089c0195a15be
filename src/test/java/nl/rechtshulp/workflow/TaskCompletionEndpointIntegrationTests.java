package nl.rechtshulp.workflow;

import static nl.rechtshulp.support.ApiAssertions.assertProblem;
import static nl.rechtshulp.support.ApiAssertions.openTask;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import nl.rechtshulp.support.ApiClient;
import nl.rechtshulp.support.IncomingRequests;
import nl.rechtshulp.support.IntegrationTest;
import nl.rechtshulp.support.RequestApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A task's completion on the engine's REST API, answered by the product's endpoint in front of Jersey: the same
 * contract as the engine's own resource (variables back on request, the Tasklist's submit-form, Camunda's error
 * types), and whatever it does not take (a body that is not JSON, another media type) still answered as the engine's
 * REST API answers it, with the task left open.
 */
@IntegrationTest
class TaskCompletionEndpointIntegrationTests {

    @LocalServerPort
    int port;
    private RequestApi api;

    @BeforeEach
    void setUp() {
        api = new RequestApi(port);
    }

    @Test
    void aCompletionAskingForTheVariablesGetsThemBackAndTheRequestMovesOn() {
        String reference = api.register("ircamsterdam", IncomingRequests.fromDenmark());
        String taskId = openTask(api.status(reference), "Task_CheckCompleteness").path("id").asText();

        var answer = api.user("ircamsterdam").post("/engine-rest/task/" + taskId + "/complete", Map.of(
                "variables", Map.of("requestComplete", Map.of("value", true)), "withVariablesInReturn", true));

        assertThat(answer.status()).as("answer %s", answer.body()).isEqualTo(200);
        assertThat(answer.contentType()).startsWith("application/json");
        assertThat(answer.body().path("requestComplete").path("type").asText()).isEqualTo("Boolean");
        assertThat(answer.body().path("requestComplete").path("value").asBoolean()).isTrue();
        assertThat(answer.body().path("reference").path("value").asText()).isEqualTo(reference);
        JsonNode status = api.status(reference);
        assertThat(status.path("openTasks")).noneMatch(task -> task.path("id").asText().equals(taskId));
        assertThat(openTask(status, "Task_AssignCompetentAuthority").path("id").asText()).isNotBlank();
    }

    @Test
    void theTasklistsSubmitFormCompletesTheTask() {
        String reference = api.register("ircamsterdam", IncomingRequests.fromDenmark());
        String taskId = openTask(api.status(reference), "Task_CheckCompleteness").path("id").asText();

        var answer = api.user("ircamsterdam").post("/engine-rest/task/" + taskId + "/submit-form",
                Map.of("variables", Map.of("requestComplete", Map.of("value", true))));

        assertThat(answer.status()).as("answer %s", answer.body()).isEqualTo(204);
        assertThat(openTask(api.status(reference), "Task_AssignCompetentAuthority").path("id").asText()).isNotBlank();
    }

    @Test
    void aValueOfTheWrongTypeIsTheEnginesBadRequestAndTheTaskStaysOpen() {
        String reference = api.register("ircamsterdam", IncomingRequests.fromDenmark());
        String taskId = openTask(api.status(reference), "Task_CheckCompleteness").path("id").asText();

        var answer = api.user("ircamsterdam").post("/engine-rest/task/" + taskId + "/complete",
                Map.of("variables", Map.of("requestComplete", Map.of("value", "abc", "type", "Integer"))));

        assertProblem(answer, 400, null);
        assertThat(answer.body().path("type").asText()).isEqualTo("InvalidRequestException");
        assertThat(answer.body().path("message").asText()).contains("Cannot complete task " + taskId);
        assertThat(openTask(api.status(reference), "Task_CheckCompleteness").path("id").asText()).isEqualTo(taskId);
    }

    @Test
    void anEmptyBodyIsACompletionWithoutValuesWhichTheFormRefuses() {
        String reference = api.register("ircamsterdam", IncomingRequests.fromDenmark());
        String taskId = openTask(api.status(reference), "Task_CheckCompleteness").path("id").asText();

        var answer = api.user("ircamsterdam").postAs("/engine-rest/task/" + taskId + "/complete", "application/json", "");

        assertThat(answer.status()).as("answer %s", answer.body()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.body().path("field").asText()).isEqualTo("requestComplete");
        assertThat(openTask(api.status(reference), "Task_CheckCompleteness").path("id").asText()).isEqualTo(taskId);
    }

    @Test
    void aBodyThatIsNotJsonOrNotSentAsJsonIsAnsweredAsTheEnginesRestApiAnswersIt() {
        String reference = api.register("ircamsterdam", IncomingRequests.fromDenmark());
        String taskId = openTask(api.status(reference), "Task_CheckCompleteness").path("id").asText();
        String path = "/engine-rest/task/" + taskId + "/complete";

        ApiClient officer = api.user("ircamsterdam");

        var broken = officer.postAs(path, "application/json", "{\"variables\": {");
        var asText = officer.postAs(path, "text/plain", "{\"variables\": {\"requestComplete\": {\"value\": true}}}");

        assertThat(broken.status()).as("answer %s", broken.body()).isEqualTo(400);
        assertThat(asText.status()).as("answer %s", asText.body()).isEqualTo(415);
        assertThat(openTask(api.status(reference), "Task_CheckCompleteness").path("id").asText()).isEqualTo(taskId);
    }

    @Test
    void aCompletionOfAnotherAuthoritysTaskIsRefusedWithoutCompletingIt() {
        String reference = api.register("ircamsterdam", IncomingRequests.fromDenmark());
        String taskId = openTask(api.status(reference), "Task_CheckCompleteness").path("id").asText();

        ApiClient.Response answer = api.user("ircrotterdam").post("/engine-rest/task/" + taskId + "/complete",
                Map.of("variables", Map.of("requestComplete", Map.of("value", true))));

        assertThat(answer.status()).as("answer %s", answer.body()).isIn(403, 404);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(openTask(api.status(reference), "Task_CheckCompleteness").path("id").asText()).isEqualTo(taskId);
    }
}

package nl.rechtshulp.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.stream.StreamSupport;

/** Reading what the API answered: an element of a JSON array, an open task of a request, a problem answer. */
public final class ApiAssertions {

    private ApiAssertions() {
    }

    public static JsonNode find(JsonNode array, String field, String value) {
        return StreamSupport.stream(array.spliterator(), false)
                .filter(element -> value.equals(element.path(field).asText())).findFirst()
                .orElseThrow(() -> new AssertionError("no " + field + "=" + value + " in " + array));
    }

    public static JsonNode openTask(JsonNode request, String taskKey) {
        return find(request.path("openTasks"), "taskKey", taskKey);
    }

    /** An {@code application/problem+json} answer with this status, naming the field when one is given. */
    public static void assertProblem(ApiClient.Response response, int status, String field) {
        assertThat(response.status()).as("answer %s", response.body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        if (field != null) {
            assertThat(response.body().path("field").asText()).isEqualTo(field);
        }
    }

    /** The day a running deadline of the request's status falls on, or null when it no longer runs. */
    public static java.time.LocalDate runningDeadlineDay(JsonNode status, String activityId) {
        for (JsonNode deadline : status.path("runningDeadlines")) {
            if (deadline.path("activityId").asText().equals(activityId)) {
                return java.time.LocalDate.parse(deadline.path("dueOn").asText());
            }
        }
        return null;
    }
}

package nl.rechtshulp.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import nl.rechtshulp.support.ApiClient;
import nl.rechtshulp.support.ApiClient.Response;
import nl.rechtshulp.support.IncomingRequests;
import nl.rechtshulp.support.IntegrationTest;
import nl.rechtshulp.support.RequestApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The OpenAPI document against the server: for a sample of operations, every answer the server gives (success and
 * refusal) is one the document declares, refusals as problem details, and the limits it states are the ones enforced.
 */
@IntegrationTest
class OpenApiContractIntegrationTests {

    @LocalServerPort
    int port;
    private RequestApi api;
    private JsonNode document;

    @BeforeEach
    void setUp() {
        api = new RequestApi(port);
        document = api.user("coordinator").get("/v3/api-docs").body();
    }

    @Test
    void registrationAnswersOnlyWhatTheDocumentDeclares() {
        assertDeclared("post", "/api/requests", api.user("ircamsterdam").post("/api/requests", IncomingRequests.fromGermany()));
        Map<String, Object> invalid = IncomingRequests.fromGermany();
        invalid.remove("summaryOfFacts");
        assertDeclared("post", "/api/requests", api.user("ircamsterdam").post("/api/requests", invalid));
        assertDeclared("post", "/api/requests", ApiClient.anonymous(port).post("/api/requests", IncomingRequests.fromGermany()));
        assertDeclared("post", "/api/requests", api.user("auditor").post("/api/requests", IncomingRequests.fromGermany()));
        Map<String, Object> duplicate = IncomingRequests.fromGermany();
        api.register("ircamsterdam", duplicate);
        assertDeclared("post", "/api/requests", api.user("ircamsterdam").post("/api/requests", duplicate));
        assertThat(statuses("post", "/api/requests")).contains("201", "400", "401", "403", "409", "415", "503")
                .doesNotContain("200");
    }

    @Test
    void readsMessagesAndDocumentsDeclareTheirRealAnswersAndLimits() {
        String reference = api.register("ircamsterdam", IncomingRequests.fromGermany());
        assertDeclared("get", "/api/requests/{reference}", api.user("ircamsterdam").get("/api/requests/" + reference));
        assertDeclared("get", "/api/requests/{reference}", api.user("ircrotterdam").get("/api/requests/" + reference));
        assertDeclared("get", "/api/requests", api.user("ircamsterdam").get("/api/requests?size=201"));
        assertDeclared("get", "/api/requests", api.user("ircamsterdam").get("/api/requests?phase=SIDEWAYS"));
        JsonNode size = parameter("get", "/api/requests", "size");
        assertThat(size.path("schema").path("maximum").asInt()).as("the documented limit").isEqualTo(200);
        JsonNode phase = parameter("get", "/api/requests", "phase");
        assertThat(phase.path("schema").path("enum")).extracting(JsonNode::asText)
                .containsExactly("INTAKE", "COORDINATION", "ANALYSIS", "FOLLOW_UP", "CLOSED");

        assertDeclared("post", "/api/requests/{reference}/messages", api.user("ircamsterdam")
                .post("/api/requests/" + reference + "/messages", Map.of("kind", "SUPPLEMENT", "summary", "Aanvulling")));
        assertDeclared("post", "/api/requests/{reference}/messages", api.user("ircamsterdam")
                .post("/api/requests/" + reference + "/messages", Map.of("kind", "FINAL_REPLY", "summary", "Niets wacht")));
        var uploaded = api.user("ircamsterdam").upload("/api/requests/" + reference + "/documents",
                Map.of("kind", "EVIDENCE", "language", "nl"), "stuk.pdf",
                "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes());
        assertDeclared("post", "/api/requests/{reference}/documents", uploaded);
        assertDeclared("post", "/api/requests/{reference}/documents", api.user("ircamsterdam").upload(
                "/api/requests/" + reference + "/documents", Map.of("kind", "EVIDENCE", "language", "nl"), "x.exe",
                new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0}));
        assertThat(statuses("post", "/api/requests/{reference}/documents")).contains("201", "413", "415");
        assertThat(statuses("delete", "/api/requests/{reference}/documents/{documentId}")).contains("204")
                .doesNotContain("200");
        assertDeclared("get", "/api/turnaround", api.user("ircamsterdam").get("/api/turnaround"));
    }

    private void assertDeclared(String method, String path, Response answer) {
        JsonNode responses = operation(method, path).path("responses");
        String status = String.valueOf(answer.status());
        assertThat(responses.has(status)).as("%s %s answered %s (%s); the document declares %s", method, path, status,
                answer.body(), statuses(method, path)).isTrue();
        if (answer.status() >= 400) {
            assertThat(answer.contentType()).startsWith("application/problem+json");
            assertThat(responses.path(status).path("content").has("application/problem+json"))
                    .as("%s %s %s declared as problem details", method, path, status).isTrue();
        }
    }

    private java.util.List<String> statuses(String method, String path) {
        var names = new java.util.ArrayList<String>();
        operation(method, path).path("responses").fieldNames().forEachRemaining(names::add);
        return names;
    }

    private JsonNode operation(String method, String path) {
        JsonNode operation = document.path("paths").path(path).path(method);
        assertThat(operation.isMissingNode()).as("%s %s in the document", method, path).isFalse();
        return operation;
    }

    private JsonNode parameter(String method, String path, String name) {
        for (JsonNode parameter : operation(method, path).path("parameters")) {
            if (name.equals(parameter.path("name").asText())) {
                return parameter;
            }
        }
        throw new AssertionError("no parameter " + name);
    }
}

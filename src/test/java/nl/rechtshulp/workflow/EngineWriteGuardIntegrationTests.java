package nl.rechtshulp.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import nl.rechtshulp.support.IncomingRequests;
import nl.rechtshulp.support.IntegrationTest;
import nl.rechtshulp.support.RequestApi;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The rules that decide a person's case read process variables (whether the rechter-commissaris is needed, whether a
 * complaint holds the results, the deadlines), so through the engine's REST API a caller completes a task with its
 * form's fields only, never writes variables otherwise, and leaves messages, signals and jobs to administrators.
 */
@IntegrationTest
class EngineWriteGuardIntegrationTests {

    @LocalServerPort
    int port;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;
    private RequestApi api;

    @BeforeEach
    void setUp() {
        api = new RequestApi(port);
    }

    @Test
    void aCompletionCarriesOnlyItsFormsFieldsAndNothingElseIsWritten() {
        String reference = api.register("ircamsterdam", IncomingRequests.fromUae());
        String instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference).singleResult().getId();
        var smuggled = api.completeAnswer("ircamsterdam", reference, "Task_CheckCompleteness",
                Map.of("requestComplete", "true", "examiningJudgeRequired", false));
        assertThat(smuggled.status()).isEqualTo(400);
        assertThat(smuggled.contentType()).startsWith("application/problem+json");
        assertThat(smuggled.body().path("field").asText()).isEqualTo("examiningJudgeRequired");
        assertThat(runtimeService.getVariable(instance, "examiningJudgeRequired")).as("as the intake set it").isEqualTo(true);
        assertThat(api.status(reference).path("openTasks").get(0).path("taskKey").asText()).isEqualTo("Task_CheckCompleteness");

        String taskId = api.status(reference).path("openTasks").get(0).path("id").asText();
        var officer = api.user("ircamsterdam");
        assertThat(officer.put("/engine-rest/task/" + taskId + "/variables/examiningJudgeRequired",
                Map.of("value", false, "type", "Boolean")).status()).isEqualTo(403);
        assertThat(officer.post("/engine-rest/task/" + taskId + "/variables",
                Map.of("modifications", Map.of("complaintOpen", Map.of("value", false)))).status()).isEqualTo(403);
        assertThat(officer.post("/engine-rest/process-instance/" + instance + "/variables",
                Map.of("modifications", Map.of("complaintOpen", Map.of("value", false)))).status()).isEqualTo(403);
        assertThat(officer.post("/engine-rest/message", Map.of("messageName", "RequestWithdrawn",
                "businessKey", reference)).status()).as("a withdrawal goes through the product's API").isEqualTo(403);
        assertThat(runtimeService.getVariable(instance, "examiningJudgeRequired")).isEqualTo(true);

        // A read-only fact the form shows is not the caller's to change: it is dropped, the value stays.
        api.complete("ircamsterdam", reference, "Task_CheckCompleteness",
                Map.of("requestComplete", "true", "reference", "RH-1999-000001"));
        assertThat(runtimeService.getVariable(instance, "reference")).isEqualTo(reference);
    }

    @Test
    void timersRunOnTheirDayOrByAnAdministrator() {
        String reference = api.register("ircamsterdam", IncomingRequests.fromGermany());
        var timer = nl.rechtshulp.support.EngineTimers.of(managementService, runtimeService, reference,
                "BoundaryEvent_RecognitionDeadlinePassed");
        assertThat(api.user("ircamsterdam").post("/engine-rest/job/" + timer.getId() + "/execute", Map.of()).status())
                .as("an officer cannot bring a deadline forward").isEqualTo(403);
        assertThat(managementService.createJobQuery().jobId(timer.getId()).count()).isOne();
        assertThat(nl.rechtshulp.support.ApiClient.as(port, "admin", "admin")
                .post("/engine-rest/job/" + timer.getId() + "/execute", Map.of()).status()).isEqualTo(204);
    }
}

package nl.rechtshulp.coordination;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.StreamSupport;
import nl.rechtshulp.support.ApiClient;
import nl.rechtshulp.support.ApiClient.Response;
import nl.rechtshulp.support.IncomingRequests;
import nl.rechtshulp.support.IntegrationTest;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Each authority works only its own tasks, whichever door it tries; auditors change nothing; coordinators move work. */
@IntegrationTest
class AccessIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    FilterService filterService;

    @Autowired
    HistoryService historyService;

    @Autowired
    TaskService taskService;

    @Test
    void anOfficerOfAnotherIrcCannotSeeOrWorkTheTaskThroughTheEngineApi() {
        String reference = register();
        String taskId = taskIdOf(reference);
        var rotterdam = user("ircrotterdam");

        assertThat(rotterdam.get("/engine-rest/task/" + taskId).status()).isIn(403, 404);
        assertThat(rotterdam.get("/engine-rest/task?processInstanceBusinessKey=" + reference).body()).isEmpty();
        assertThat(rotterdam.get("/engine-rest/process-instance?businessKey=" + reference).body()).isEmpty();
        assertThat(rotterdam.post("/engine-rest/task/" + taskId + "/claim", Map.of("userId", "ircrotterdam")).status())
                .isIn(403, 404);
        assertThat(rotterdam.post("/engine-rest/task/" + taskId + "/complete", Map.of()).status()).isIn(403, 404);
        assertThat(rotterdam.get("/api/requests/" + reference).status()).isEqualTo(404);
        assertThat(queueOf("ircrotterdam")).doesNotContain(taskId);
        assertThat(queueOf("ircamsterdam")).contains(taskId);
        assertThat(taskIdOf(reference)).isEqualTo(taskId);
    }

    @Test
    void auditorsReadTheHistoryButCannotClaimOrComplete() {
        String reference = register();
        String taskId = taskIdOf(reference);
        var auditor = user("auditor");

        assertThat(auditor.get("/engine-rest/task/" + taskId).status()).isEqualTo(200);
        assertThat(auditor.get("/engine-rest/history/process-instance?processInstanceBusinessKey=" + reference).body())
                .hasSize(1);
        assertThat(auditor.post("/engine-rest/task/" + taskId + "/claim", Map.of("userId", "auditor")).status())
                .isEqualTo(403);
        assertThat(auditor.post("/engine-rest/task/" + taskId + "/complete", Map.of()).status()).isEqualTo(403);
        assertThat(auditor.post("/api/tasks/reassignments", Map.of("taskIds", List.of(taskId),
                "candidateGroup", "ircRotterdam", "reason", "test")).status()).isEqualTo(403);
        assertThat(taskIdOf(reference)).isEqualTo(taskId);
    }

    @Test
    void administratorsMayDoEverythingInTheEngine() {
        String reference = register();
        var admin = ApiClient.as(port, "admin", "admin");

        assertThat(admin.get("/engine-rest/process-instance?businessKey=" + reference).body()).hasSize(1);
        assertThat(admin.get("/engine-rest/authorization/count").body().path("count").asLong()).isPositive();
        assertThat(admin.post("/engine-rest/task/" + taskIdOf(reference) + "/claim", Map.of("userId", "admin")).status())
                .isEqualTo(204);
    }

    @Test
    void nobodyCreatesATaskOutsideAProcessNotEvenAnAdministrator() {
        Map<String, Object> loose = Map.of("name", "Losse taak", "candidateGroup", "ircAmsterdam");
        for (var client : List.of(ApiClient.as(port, "admin", "admin"), user("ircamsterdam"), user("coordinator"))) {
            for (String path : List.of("/engine-rest/task/create", "/engine-rest/task/create/", "/engine-rest/task/%63reate")) {
                var refused = client.post(path, loose);
                assertThat(refused.status()).as(path).isEqualTo(403);
                assertThat(refused.contentType()).startsWith("application/problem+json");
            }
        }
        assertThat(ApiClient.as(port, "admin", "admin").get("/engine-rest/task?name=Losse%20taak").body().size()).isZero();
    }

    @Test
    void coordinatorsReassignInBulkWithARecordedReason() {
        String first = register();
        String second = register();
        List<String> taskIds = List.of(taskIdOf(first), taskIdOf(second));
        var coordinator = user("coordinator");

        Response moved = coordinator.post("/api/tasks/reassignments", Map.of("taskIds", taskIds,
                "candidateGroup", "ircRotterdam", "reason", "Capaciteitstekort IRC Amsterdam deze week"));

        assertThat(moved.status()).as("%s", moved.body()).isEqualTo(200);
        assertThat(moved.body().path("reassigned")).hasSize(2);
        assertThat(queueOf("ircrotterdam")).containsAll(taskIds);
        assertThat(queueOf("ircamsterdam")).doesNotContainAnyElementsOf(taskIds);
        JsonNode request = user("ircrotterdam").get("/api/requests/" + first).body();
        assertThat(request.path("openTasks").get(0).path("candidateGroups").get(0).asText()).isEqualTo("ircRotterdam");
        JsonNode decision = request.path("decisions").get(request.path("decisions").size() - 1);
        assertThat(decision.path("decidedBy").asText()).isEqualTo("coordinator");
        assertThat(decision.path("details").asText()).contains("Capaciteitstekort").contains("ircAmsterdam");
    }

    @Test
    void aTaskMovedToAnotherAuthorityCanNoLongerBeWorkedWhereItWas() {
        String reference = register();
        String taskId = taskIdOf(reference);
        var amsterdam = user("ircamsterdam");
        assertThat(amsterdam.post("/engine-rest/task/" + taskId + "/claim", Map.of("userId", "ircamsterdam")).status())
                .isEqualTo(204);

        Response moved = user("coordinator").post("/api/tasks/reassignments", Map.of("taskIds", List.of(taskId),
                "candidateGroup", "ircRotterdam", "reason", "Zaak hoort bij het arrondissement Rotterdam"));

        assertThat(moved.status()).as("%s", moved.body()).isEqualTo(200);
        assertThat(amsterdam.get("/engine-rest/task/" + taskId).status()).isIn(403, 404);
        assertThat(amsterdam.post("/engine-rest/task/" + taskId + "/complete",
                Map.of("variables", Map.of("requestComplete", Map.of("value", true)))).status()).isIn(403, 404);
        assertThat(amsterdam.post("/engine-rest/task/" + taskId + "/claim", Map.of("userId", "ircamsterdam")).status())
                .isIn(403, 404);
        assertThat(queueOf("ircamsterdam")).doesNotContain(taskId);
        assertThat(user("ircrotterdam").post("/engine-rest/task/" + taskId + "/claim", Map.of("userId", "ircrotterdam"))
                .status()).isEqualTo(204);
        assertThat(historyService.createHistoricTaskInstanceQuery().taskId(taskId).finished().count()).isZero();
    }

    @Test
    void aTaskGivenToAPersonOfAnotherAuthorityIsThatPersonsAlone() {
        String reference = register();
        String taskId = taskIdOf(reference);

        Response moved = user("coordinator").post("/api/tasks/reassignments", Map.of("taskIds", List.of(taskId),
                "assignee", "ircrotterdam", "reason", "Zaakofficier in Rotterdam neemt het over"));

        assertThat(moved.status()).as("%s", moved.body()).isEqualTo(200);
        assertThat(moved.body().path("reassigned").get(0).path("candidateGroups")).isEmpty();
        var amsterdam = user("ircamsterdam");
        assertThat(amsterdam.get("/engine-rest/task/" + taskId).status()).isIn(403, 404);
        assertThat(amsterdam.post("/engine-rest/task/" + taskId + "/claim", Map.of("userId", "ircamsterdam")).status())
                .isIn(403, 404);
        assertThat(user("ircrotterdam").get("/engine-rest/task/" + taskId).status()).isEqualTo(200);
        assertThat(user("ircrotterdam").get("/api/requests/" + reference).status())
                .as("the new owner sees the request it works on").isEqualTo(200);
    }

    @Test
    void aTaskGivenToAColleagueStaysWithTheAuthority() {
        String reference = register();
        String taskId = taskIdOf(reference);

        Response moved = user("coordinator").post("/api/tasks/reassignments", Map.of("taskIds", List.of(taskId),
                "assignee", "ircamsterdam2", "reason", "Vervanging tijdens verlof"));

        assertThat(moved.status()).as("%s", moved.body()).isEqualTo(200);
        assertThat(moved.body().path("reassigned").get(0).path("candidateGroups")).extracting(JsonNode::asText)
                .containsExactly("ircAmsterdam");
        assertThat(user("ircamsterdam").get("/engine-rest/task/" + taskId).status()).isEqualTo(200);
    }

    @Test
    void aReassignmentThatCannotBeCompletedChangesNothing() {
        String reference = register();
        String taskId = taskIdOf(reference);
        var coordinator = user("coordinator");

        Response unknown = coordinator.post("/api/tasks/reassignments", Map.of("taskIds", List.of(taskId, "no-such-task"),
                "assignee", "ircamsterdam", "reason", "Spoed"));
        Response withoutReason = coordinator.post("/api/tasks/reassignments", Map.of("taskIds", List.of(taskId),
                "assignee", "ircamsterdam"));
        Response byOfficer = user("ircamsterdam").post("/api/tasks/reassignments", Map.of("taskIds", List.of(taskId),
                "assignee", "ircamsterdam", "reason", "Spoed"));

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(withoutReason.status()).isEqualTo(400);
        assertThat(withoutReason.body().path("field").asText()).isEqualTo("reason");
        assertThat(byOfficer.status()).isEqualTo(403);
        assertThat(user("coordinator").get("/api/requests/" + reference).body().path("openTasks").get(0)
                .path("assignee").isNull()).isTrue();
    }

    @Test
    void aCompletionRacingAReassignmentEndsConsistentlyEveryTime() throws Exception {
        var officer = user("ircamsterdam");
        var coordinator = user("coordinator");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 12; round++) {
                String reference = officer.post("/api/requests", IncomingRequests.fromDenmark()).body()
                        .path("reference").asText();
                String taskId = taskIdOf(reference);
                var start = new CountDownLatch(1);
                Future<Response> completing = pool.submit(() -> {
                    start.await();
                    return officer.post("/engine-rest/task/" + taskId + "/complete",
                            Map.of("variables", Map.of("requestComplete", Map.of("value", true))));
                });
                Future<Response> moving = pool.submit(() -> {
                    start.await();
                    return coordinator.post("/api/tasks/reassignments", Map.of("taskIds", List.of(taskId),
                            "candidateGroup", "ircRotterdam", "reason", "Werkverdeling"));
                });
                start.countDown();
                Response completion = completing.get(30, TimeUnit.SECONDS);
                Response reassignment = moving.get(30, TimeUnit.SECONDS);

                // 403: the move came first, and the task is no longer Amsterdam's to complete.
                assertThat(completion.status()).as("round %d completion: %s", round, completion).isIn(204, 403, 409);
                assertThat(reassignment.status()).as("round %d reassignment: %s", round, reassignment).isIn(200, 404, 409);
                assertThat(completion.status() == 204 && reassignment.status() == 200)
                        .as("round %d: a task cannot be both completed and moved", round).isFalse();
                for (Response refused : List.of(completion, reassignment)) {
                    if (refused.status() >= 400) {
                        assertThat(refused.contentType()).startsWith("application/problem+json");
                    }
                }
                boolean ended = historyService.createHistoricTaskInstanceQuery().taskId(taskId).finished().count() == 1;
                assertThat(ended).as("round %d: the task ended exactly when the completion said so", round)
                        .isEqualTo(completion.status() == 204);
                if (reassignment.status() == 200) {
                    assertThat(taskService.getIdentityLinksForTask(taskId)).extracting(link -> link.getGroupId())
                            .as("round %d: the moved task is Rotterdam's alone", round).containsExactly("ircRotterdam");
                }
            }
        } finally {
            pool.shutdown();
        }
    }

    private String register() {
        Response created = user("ircamsterdam").post("/api/requests", IncomingRequests.fromUae());
        assertThat(created.status()).isEqualTo(201);
        return created.body().path("reference").asText();
    }

    private String taskIdOf(String reference) {
        return user("coordinator").get("/api/requests/" + reference).body().path("openTasks").get(0).path("id").asText();
    }

    /** What the user's "Werkvoorraad van mijn groepen" filter lists in the Tasklist. */
    private List<String> queueOf(String userId) {
        String filterId = filterService.createFilterQuery().filterName("Werkvoorraad van mijn groepen").singleResult().getId();
        Response list = user(userId).get("/engine-rest/filter/" + filterId + "/list?maxResults=1000");
        assertThat(list.status()).isEqualTo(200);
        return StreamSupport.stream(list.body().spliterator(), false).map(task -> task.path("id").asText()).toList();
    }

    private ApiClient user(String userId) {
        return ApiClient.as(port, userId, "demo");
    }
}

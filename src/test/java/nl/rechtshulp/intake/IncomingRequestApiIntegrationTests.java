package nl.rechtshulp.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.rechtshulp.support.ApiClient;
import nl.rechtshulp.support.ApiClient.Response;
import nl.rechtshulp.support.IncomingRequests;
import nl.rechtshulp.support.IntegrationTest;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The incoming MLA capability through its real doors: the product's API and the engine's REST API. */
@IntegrationTest
class IncomingRequestApiIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    FilterService filterService;

    @Autowired
    org.camunda.bpm.engine.TaskService taskService;

    @Autowired
    org.camunda.bpm.engine.ManagementService managementService;

    private static final java.time.ZoneId AMSTERDAM = java.time.ZoneId.of("Europe/Amsterdam");

    @Test
    void everyApiNeedsCredentialsButTheProbes() {
        var anonymous = ApiClient.anonymous(port);
        Response api = anonymous.get("/api/requests");
        assertThat(api.status()).isEqualTo(401);
        assertThat(api.contentType()).startsWith("application/problem+json");
        assertThat(anonymous.get("/engine-rest/task").status()).isEqualTo(401);
        assertThat(anonymous.get("/actuator/prometheus").status()).isEqualTo(401);
        assertThat(anonymous.get("/v3/api-docs").status()).isEqualTo(401);
        assertThat(anonymous.get("/actuator/health/liveness").status()).isEqualTo(200);
        assertThat(ApiClient.as(port, "nobody", "demo").get("/api/requests").status()).isEqualTo(401);
        assertThat(user("coordinator").get("/v3/api-docs").body().path("paths").has("/api/requests")).isTrue();
    }

    @Test
    void registeringAUaeRequestStartsItsHandlingAtTheReceivingIrc() {
        Response created = user("ircamsterdam").post("/api/requests", IncomingRequests.fromUae());

        assertThat(created.status()).isEqualTo(201);
        String reference = created.body().path("reference").asText();
        assertThat(reference).matches("RH-\\d{4}-\\d{6}");
        assertThat(created.location()).endsWith("/api/requests/" + reference);

        JsonNode request = status(reference);
        assertThat(request.path("phase").asText()).isEqualTo("INTAKE");
        assertThat(request.path("direction").asText()).isEqualTo("INCOMING");
        assertThat(request.path("type").asText()).isEqualTo("MLA");
        assertThat(request.path("requestingState").asText()).isEqualTo("AE");
        assertThat(request.path("receivingAuthority").asText()).isEqualTo("ircAmsterdam");
        JsonNode task = request.path("openTasks").get(0);
        assertThat(task.path("taskKey").asText()).isEqualTo("Task_CheckCompleteness");
        assertThat(task.path("name").asText()).contains(reference);
        assertThat(task.path("candidateGroups")).extracting(JsonNode::asText).containsExactly("ircAmsterdam");
        assertThat(task.path("due").asText()).isNotBlank();
        assertThat(request.path("phaseHistory")).isNotEmpty();

        // What the Tasklist shows of the task: the request's facts in its name and description, urgency as priority.
        var inTasklist = taskService.createTaskQuery().processInstanceBusinessKey(reference).singleResult();
        assertThat(inTasklist.getName()).isEqualTo("Volledigheid controleren (" + reference + ")");
        assertThat(inTasklist.getDescription())
                .isEqualTo(reference + " · Verenigde Arabische Emiraten · URGENT · dossier /requests/" + reference);
        assertThat(inTasklist.getPriority()).isEqualTo(75);
    }

    @Test
    void theSameForeignReferenceFromTheSameStateIsRefusedNamingTheExistingRequest() {
        Map<String, Object> body = IncomingRequests.fromUae();
        String first = user("ircamsterdam").post("/api/requests", body).body().path("reference").asText();
        long before = runtimeService.createProcessInstanceQuery().count();

        Response again = user("ircamsterdam").post("/api/requests", body);

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.contentType()).startsWith("application/problem+json");
        assertThat(again.body().path("existingReference").asText()).isEqualTo(first);
        assertThat(runtimeService.createProcessInstanceQuery().count()).isEqualTo(before);
    }

    @Test
    void badInputIsRefusedWithTheFieldNamedAndNothingStored() {
        var officer = user("ircamsterdam");
        long before = runtimeService.createProcessInstanceQuery().count();

        assertBadRequest(officer.post("/api/requests", "{\"foreignReference\": "), "body");
        assertBadRequest(officer.post("/api/requests", with("requestingState", "XX")), "requestingState");
        assertBadRequest(officer.post("/api/requests", with("requestingState", "uae")), "requestingState");
        assertBadRequest(officer.post("/api/requests", with("summaryOfFacts", null)), "summaryOfFacts");
        assertBadRequest(officer.post("/api/requests", with("urgency", "VERY")), "urgency");
        assertBadRequest(officer.post("/api/requests", with("receivedOn", "2999-01-01")), "receivedOn");
        assertBadRequest(officer.post("/api/requests", with("measures", List.of())), "measures");
        assertBadRequest(officer.post("/api/requests", with("requestedDeadline", "31-12-2026")), "requestedDeadline");
        // An MLA body marked as extradition lacks what extradition needs: the person sought.
        assertBadRequest(officer.post("/api/requests", with("type", "EXTRADITION")), "personSought");
        assertBadRequest(officer.post("/api/requests", with("direction", "OUTGOING")), "analysingService");
        assertThat(runtimeService.createProcessInstanceQuery().count()).isEqualTo(before);
    }

    @Test
    void anotherAuthorityNeitherSeesNorFindsTheRequest() {
        String reference = register("ircamsterdam", IncomingRequests.fromUae());

        Response asRotterdam = user("ircrotterdam").get("/api/requests/" + reference);
        assertThat(asRotterdam.status()).isEqualTo(404);
        assertThat(asRotterdam.body().path("detail").asText()).doesNotContain("another authority");
        assertThat(references(user("ircrotterdam").get("/api/requests?size=200"))).doesNotContain(reference);
        assertThat(user("ircrotterdam").post("/api/requests/" + reference + "/messages",
                Map.of("kind", "WITHDRAWAL")).status()).isEqualTo(404);
        assertThat(user("coordinator").get("/api/requests/" + reference).status()).isEqualTo(200);
        assertThat(user("auditor").get("/api/requests/" + reference).status()).isEqualTo(200);
    }

    @Test
    void auditorsReadButCannotWrite() {
        String reference = register("ircamsterdam", IncomingRequests.fromUae());

        Response register = user("auditor").post("/api/requests", IncomingRequests.fromUae());
        Response message = user("auditor").post("/api/requests/" + reference + "/messages", Map.of("kind", "WITHDRAWAL"));

        assertThat(register.status()).isEqualTo(403);
        assertThat(message.status()).isEqualTo(403);
        assertThat(status(reference).path("phase").asText()).isEqualTo("INTAKE");
    }

    @Test
    void aRefusalIsSentOnlyOnceASecondOfficerOfTheSameAuthorityConfirmsIt() {
        String reference = register("ircamsterdam", IncomingRequests.fromDenmark());
        complete("ircamsterdam", reference, "Task_CheckCompleteness", Map.of("requestComplete", "true"));
        complete("coordinator", reference, "Task_AssignCompetentAuthority",
                Map.of("owningIrc", "ircAmsterdam", "officerOfJustice", "mr. A. de Vries", "executingService", "politie"));
        complete("ircamsterdam", reference, "Task_AssessLegalConditions", Map.of("assistanceGranted", "false",
                "refusalGround", "NE_BIS_IN_IDEM", "reason", "Reeds onherroepelijk berecht in Nederland"));

        JsonNode confirmation = status(reference).path("openTasks").get(0);
        assertThat(confirmation.path("taskKey").asText()).isEqualTo("Task_ConfirmRefusal");
        assertThat(confirmation.path("candidateGroups")).extracting(JsonNode::asText).containsExactly("ircAmsterdam");
        Response byTheProposer = new nl.rechtshulp.support.RequestApi(port).completeAnswer("ircamsterdam", reference, "Task_ConfirmRefusal",
                Map.of("refusalConfirmed", "true"));
        assertThat(byTheProposer.status()).as("the proposer confirms: %s", byTheProposer.body()).isEqualTo(400);
        assertThat(byTheProposer.contentType()).startsWith("application/problem+json");
        assertThat(byTheProposer.body().path("field").asText()).isEqualTo("refusalConfirmed");
        Response disguised = new nl.rechtshulp.support.RequestApi(port).completeAnswer("ircamsterdam", reference,
                "Task_ConfirmRefusal", Map.of("refusalConfirmed", "true", "refusalProposedBy", "ircamsterdam2"));
        assertThat(disguised.status()).as("the proposer naming someone else: %s", disguised.body()).isEqualTo(400);
        assertThat(new nl.rechtshulp.support.RequestApi(port).completeAnswer("ircrotterdam2", reference, "Task_ConfirmRefusal",
                Map.of("refusalConfirmed", "true")).status()).as("another authority").isIn(403, 404);
        String confirmationId = confirmation.path("id").asText();
        assertThat(user("coordinator").post("/engine-rest/task/" + confirmationId + "/assignee", Map.of("userId", "coordinator"))
                .status()).isEqualTo(204);
        Response byACoordinator = user("coordinator").post("/engine-rest/task/" + confirmationId + "/complete",
                Map.of("variables", Map.of("refusalConfirmed", Map.of("value", "true"))));
        assertThat(byACoordinator.status()).as("a coordinator is not of the authority: %s", byACoordinator.body())
                .isEqualTo(400);
        assertThat(user("coordinator").post("/engine-rest/task/" + confirmationId + "/unclaim", Map.of()).status())
                .isEqualTo(204);

        complete("ircamsterdam2", reference, "Task_ConfirmRefusal",
                Map.of("refusalConfirmed", "true", "confirmationRemarks", "Eens: ne bis in idem"));
        JsonNode refused = status(reference);
        assertThat(refused.path("openTasks").get(0).path("taskKey").asText()).isEqualTo("Task_NotifyRefusal");
        assertThat(refused.path("decisions")).extracting(d -> d.path("taskKey").asText() + " " + d.path("decidedBy").asText())
                .contains("Task_AssessLegalConditions ircamsterdam", "Task_ConfirmRefusal ircamsterdam2");
    }

    @Test
    void aUaeRequestIsCarriedFromIntakeToClosureByEachAuthorityInTurn() {
        String reference = register("ircamsterdam", IncomingRequests.fromUae());

        complete("ircamsterdam", reference, "Task_CheckCompleteness", Map.of("requestComplete", "true"));
        JsonNode coordination = status(reference);
        assertThat(coordination.path("phase").asText()).isEqualTo("COORDINATION");
        assertThat(coordination.path("route").asText()).isEqualTo("CENTRAL_AUTHORITY");
        assertThat(coordination.path("legalBasis").asText()).contains("Trb. 2021, 116");

        complete("airs", reference, "Task_AssessAsCentralAuthority",
                Map.of("centralAuthorityAccepts", "true", "reason", "Verdrag van toepassing, geen bezwaren"));
        JsonNode assignment = status(reference).path("openTasks").get(0);
        assertThat(assignment.path("candidateGroups")).extracting(JsonNode::asText)
                .containsExactlyInAnyOrder("ircAmsterdam", "coordinators");
        complete("coordinator", reference, "Task_AssignCompetentAuthority",
                Map.of("owningIrc", "ircAmsterdam", "officerOfJustice", "mr. A. de Vries", "executingService", "fiod"));
        assertThat(status(reference).path("phase").asText()).isEqualTo("ANALYSIS");

        complete("ircamsterdam", reference, "Task_AssessLegalConditions",
                Map.of("assistanceGranted", "true", "reason", "Geen weigeringsgronden; dubbele strafbaarheid aanwezig"));
        complete("ircamsterdam", reference, "Task_RecordExaminingJudgeDecision", Map.of("examiningJudgeAuthorises",
                "true", "decisionDate", "2026-11-20", "decisionDocument", "RC 26/1234", "reason", "Machtiging verleend"));
        assertThat(status(reference).path("phase").asText()).isEqualTo("FOLLOW_UP");

        // Bank records registered as coercive: open to a complaint, so the results wait for the complaint period.
        LocalDate notifiedOn = LocalDate.now(AMSTERDAM).minusDays(1);
        complete("fiod", reference, "Task_ExecuteMeasures", Map.of("executionResult", "FULLY_EXECUTED",
                "executedOn", notifiedOn.toString(), "notifiedOn", notifiedOn.toString(),
                "resultsSummary", "Bankafschriften 2023-2025 verkregen"));
        JsonNode waiting = status(reference);
        assertThat(waiting.path("openTasks").get(0).path("taskKey").asText()).isEqualTo("Task_AwaitComplaintPeriod");
        // Sv 5.4.10: 14 days after the notification, through the 14th day.
        Instant periodEnds = notifiedOn.plusDays(15).atStartOfDay(AMSTERDAM).toInstant().minusSeconds(1);
        assertThat(waiting.path("runningDeadlines")).anySatisfy(deadline -> {
            assertThat(deadline.path("activityId").asText()).isEqualTo("BoundaryEvent_ComplaintPeriodEnded");
            assertThat(Instant.parse(deadline.path("dueAt").asText())).isEqualTo(periodEnds);
        });
        String transfer = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference)
                .processDefinitionKey("ResultsTransferProcess").singleResult().getId();
        var timer = managementService.createJobQuery().processInstanceId(transfer).timers().singleResult();
        assertThat(timer.getDuedate().toInstant()).isEqualTo(periodEnds);
        managementService.executeJob(timer.getId());
        complete("airs", reference, "Task_HandOverResults",
                Map.of("handedOverOn", LocalDate.now(AMSTERDAM).toString(), "handOverChannel", "CENTRAL_AUTHORITY"));
        complete("ircamsterdam", reference, "Task_CloseRequest",
                Map.of("complaintLodged", "false", "closingNote", "Uitgevoerd en overgedragen"));

        JsonNode closed = status(reference);
        assertThat(closed.path("phase").asText()).isEqualTo("CLOSED");
        assertThat(closed.path("outcome").asText()).isEqualTo("EXECUTED");
        assertThat(closed.path("owningIrc").asText()).isEqualTo("ircAmsterdam");
        assertThat(closed.path("executingService").asText()).isEqualTo("fiod");
        assertThat(closed.path("openTasks")).isEmpty();
        assertThat(closed.path("phaseHistory")).extracting(entry -> entry.path("phase").asText()).containsSubsequence(
                "INTAKE", "COORDINATION", "ANALYSIS", "FOLLOW_UP", "CLOSED");
        assertThat(closed.path("decisions")).extracting(decision -> decision.path("decidedBy").asText())
                .containsExactly("ircamsterdam", "airs", "coordinator", "ircamsterdam", "ircamsterdam", "fiod", "airs",
                        "ircamsterdam");
    }

    @Test
    void aSupplementReachesTheRequestThatWaitsAndAWithdrawalEndsIt() {
        String reference = register("ircamsterdam", IncomingRequests.fromDenmark());
        var officer = user("ircamsterdam");
        String messages = "/api/requests/" + reference + "/messages";

        assertThat(officer.post(messages, Map.of("kind", "SUPPLEMENT")).status()).isEqualTo(409);
        complete("ircamsterdam", reference, "Task_CheckCompleteness",
                Map.of("requestComplete", "false", "missingItems", "Vertaling van het bevel"));
        JsonNode waiting = status(reference);
        assertThat(waiting.path("clock").asText()).isEqualTo("STOPPED");
        assertThat(waiting.path("stage").asText()).isEqualTo("WAITING_SUPPLEMENT");

        Response supplement = officer.post(messages, Map.of("kind", "SUPPLEMENT", "receivedOn", "2026-11-01",
                "summary", "Vertaling ontvangen"));
        assertThat(supplement.status()).isEqualTo(202);
        JsonNode supplemented = status(reference);
        assertThat(supplemented.path("openTasks").get(0).path("taskKey").asText()).isEqualTo("Task_CheckCompleteness");
        assertThat(supplemented.path("clock").asText()).isEqualTo("NL");
        assertThat(supplemented.path("messages").get(0).path("receivedOn").asText()).isEqualTo("2026-11-01");

        assertThat(officer.post(messages, Map.of("kind", "WITHDRAWAL")).status()).isEqualTo(202);
        JsonNode withdrawn = status(reference);
        assertThat(withdrawn.path("phase").asText()).isEqualTo("CLOSED");
        assertThat(withdrawn.path("outcome").asText()).isEqualTo("WITHDRAWN");
        assertThat(withdrawn.path("openTasks")).isEmpty();

        Response tooLate = officer.post(messages, Map.of("kind", "WITHDRAWAL"));
        assertThat(tooLate.status()).isEqualTo(409);
        assertThat(status(reference).path("messages")).hasSize(2);
        assertThat(officer.post("/api/requests/RH-2026-999999/messages", Map.of("kind", "WITHDRAWAL")).status())
                .isEqualTo(404);
        assertBadRequest(officer.post(messages, Map.of("kind", "POSTCARD")), "kind");
    }

    @Test
    void formValuesAreCheckedAgainOnTheServerAndTheTaskStaysOpen() {
        String reference = register("ircamsterdam", IncomingRequests.fromDenmark());
        String taskId = status(reference).path("openTasks").get(0).path("id").asText();
        var officer = user("ircamsterdam");

        Response missingReason = officer.post("/engine-rest/task/" + taskId + "/complete",
                variables(Map.of("requestComplete", "false")));
        Response notAnOption = officer.post("/engine-rest/task/" + taskId + "/complete",
                variables(Map.of("requestComplete", "perhaps")));

        assertThat(missingReason.status()).isEqualTo(400);
        assertThat(missingReason.body().path("message").asText()).contains("missingItems");
        assertThat(notAnOption.status()).isEqualTo(400);
        assertThat(status(reference).path("openTasks").get(0).path("id").asText()).isEqualTo(taskId);
    }

    @Test
    void completingATaskSomeoneElseCompletedMeanwhileIsAConflictNotAnError() {
        String reference = register("ircamsterdam", IncomingRequests.fromDenmark());
        String taskId = status(reference).path("openTasks").get(0).path("id").asText();
        var officer = user("ircamsterdam");
        Map<String, Object> values = variables(Map.of("requestComplete", "true"));

        Response first = officer.post("/engine-rest/task/" + taskId + "/complete", values);
        Response second = officer.post("/engine-rest/task/" + taskId + "/complete", values);
        Response unknown = officer.post("/engine-rest/task/no-such-task/complete", values);

        assertThat(first.status()).isEqualTo(204);
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.body().path("message").asText()).contains("someone else");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(status(reference).path("phase").asText()).isEqualTo("COORDINATION");
    }

    @Test
    void theListFiltersAndPagesWhatTheUserMaySee() {
        String uae = register("ircamsterdam", IncomingRequests.fromUae());
        String german = register("ircamsterdam", IncomingRequests.fromGermany());
        var officer = user("ircamsterdam");

        assertThat(references(officer.get("/api/requests?state=AE&size=200"))).contains(uae).doesNotContain(german);
        assertThat(references(officer.get("/api/requests?phase=INTAKE&type=MLA&direction=INCOMING&size=200")))
                .contains(uae, german);
        assertThat(references(officer.get("/api/requests?phase=CLOSED&size=200"))).doesNotContain(uae);
        JsonNode page = officer.get("/api/requests?size=1").body();
        assertThat(page.path("items")).hasSize(1);
        assertThat(page.path("totalItems").asLong()).isGreaterThanOrEqualTo(2);
        assertBadRequest(officer.get("/api/requests?phase=SOMEWHERE"), "phase");
        assertBadRequest(officer.get("/api/requests?size=0"), "size");
    }

    @Test
    void everyUserStartsWithTasklistFilters() {
        assertThat(filterService.createFilterQuery().list()).extracting(filter -> filter.getName())
                .contains("Werkvoorraad van mijn groepen", "Mijn taken", "Te laat", "Spoed");
    }

    @Test
    void theTasklistStartFormRegistersThroughTheSameIntake() {
        String start = "/engine-rest/process-definition/key/IncomingMlaRequestProcess/submit-form";
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("foreignReference", "CO-FGN-" + java.util.UUID.randomUUID());
        form.put("requestingState", "CO");
        form.put("requestingAuthority", "Fiscalía General de la Nación");
        form.put("receivingAuthority", "ircRotterdam");
        form.put("urgency", "NORMAL");
        form.put("summaryOfFacts", "Cocaine shipment through the port of Rotterdam");
        form.put("offences", "Opiumwet art. 2");
        form.put("offenceCategory", "DRUG_TRAFFICKING");
        form.put("executionRegion", "ROTTERDAM");
        form.put("measureDescription", "Hearing of a witness");
        form.put("measureCoercive", false);

        Response invalid = user("ircrotterdam").post(start, variables(Map.of("requestingState", "CO")));
        Response started = user("ircrotterdam").post(start, variables(form));

        assertThat(invalid.status()).as("invalid start form: %s", invalid.body()).isEqualTo(400);
        Map<String, Object> withReference = new LinkedHashMap<>(variables(form));
        withReference.put("businessKey", "RH-2026-999998");
        assertThat(user("ircrotterdam").post(start, withReference).status())
                .as("a start naming its own reference would skip the registration").isEqualTo(403);
        Map<String, Object> withDecision = new LinkedHashMap<>(form);
        withDecision.put("europeanInvestigationOrder", true);
        assertThat(user("ircrotterdam").post(start, variables(withDecision)).status())
                .as("a start carries only its form's fields").isEqualTo(400);
        assertThat(started.status()).isEqualTo(200);
        String reference = started.body().path("businessKey").asText();
        JsonNode request = user("ircrotterdam").get("/api/requests/" + reference).body();
        assertThat(request.path("requestingState").asText()).isEqualTo("CO");
        assertThat(request.path("openTasks").get(0).path("candidateGroups").get(0).asText()).isEqualTo("ircRotterdam");
        var variables = runtimeService.getVariables(started.body().path("id").asText());
        assertThat(variables).containsEntry("reference", reference).doesNotContainKeys("summaryOfFacts", "foreignReference");
    }

    private ApiClient user(String userId) {
        return ApiClient.as(port, userId, "demo");
    }

    private String register(String userId, Map<String, Object> body) {
        Response created = user(userId).post("/api/requests", body);
        assertThat(created.status()).as("registration: %s", created.body()).isEqualTo(201);
        return created.body().path("reference").asText();
    }

    private JsonNode status(String reference) {
        Response response = user("coordinator").get("/api/requests/" + reference);
        assertThat(response.status()).isEqualTo(200);
        return response.body();
    }

    private void complete(String userId, String reference, String taskKey, Map<String, Object> values) {
        JsonNode task = status(reference).path("openTasks").get(0);
        assertThat(task.path("taskKey").asText()).isEqualTo(taskKey);
        String taskId = task.path("id").asText();
        var client = user(userId);
        assertThat(client.post("/engine-rest/task/" + taskId + "/claim", Map.of("userId", userId)).status()).isEqualTo(204);
        Response completed = client.post("/engine-rest/task/" + taskId + "/complete", variables(values));
        assertThat(completed.status()).as("completing %s: %s", taskKey, completed.body()).isEqualTo(204);
    }

    private static Map<String, Object> variables(Map<String, Object> values) {
        Map<String, Object> variables = new HashMap<>();
        values.forEach((name, value) -> variables.put(name, Map.of("value", value)));
        return Map.of("variables", variables);
    }

    private static Map<String, Object> with(String field, Object value) {
        Map<String, Object> body = IncomingRequests.fromUae();
        body.put(field, value);
        return body;
    }

    private static void assertBadRequest(Response response, String field) {
        assertThat(response.status()).as("status for %s: %s", field, response.body()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body().path("field").asText()).contains(field);
    }

    private static List<String> references(Response list) {
        assertThat(list.status()).isEqualTo(200);
        return java.util.stream.StreamSupport.stream(list.body().path("items").spliterator(), false)
                .map(item -> item.path("reference").asText()).toList();
    }
}

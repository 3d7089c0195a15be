package nl.rechtshulp.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import javax.sql.DataSource;
import nl.rechtshulp.support.ApiClient;
import nl.rechtshulp.support.ApiClient.Response;
import nl.rechtshulp.support.IntegrationTest;
import nl.rechtshulp.support.OutgoingRequests;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The audit trail fed by real runs through the processes, its chain, its doors and its retention. */
@IntegrationTest
class AuditTrailIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    AuditSealSettings sealSettings;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    HistoryService historyService;

    @Autowired
    org.camunda.bpm.engine.ManagementService managementService;

    @Autowired
    ProcessEngineConfigurationImpl engineConfiguration;

    @Autowired
    AuditRetention retention;

    @Test
    void everyKindOfEntryComesFromARealRunWithWhoWhenAndWhy() {
        String reference = draft(OutgoingRequests.toUae());
        OutgoingRequests.completeUaeDraft(user("ircamsterdam"), reference);
        JsonNode qualityCheck = openTask(reference, "Task_QualityCheck");
        String taskId = qualityCheck.path("id").asText();
        assertThat(user("coordinator").post("/engine-rest/task/" + taskId + "/assignee",
                Map.of("userId", "ircamsterdam")).status()).isEqualTo(204);
        String due = LocalDate.now().plusDays(3) + "T17:00:00.000+0100";
        JsonNode task = user("admin", "admin").get("/engine-rest/task/" + taskId).body();
        Map<String, Object> changed = new HashMap<>();
        changed.put("name", task.path("name").asText());
        changed.put("due", due);
        changed.put("priority", task.path("priority").asInt());
        assertThat(user("admin", "admin").put("/engine-rest/task/" + taskId, changed).status()).isEqualTo(204);
        complete("ircamsterdam", taskId, Map.of("qualityApproved", "true", "remarks", "Helder verzoek, klaar voor vertaling"));
        assertThat(user("ircamsterdam").upload("/api/requests/" + reference + "/documents",
                Map.of("kind", "TRANSLATION", "language", "en"), "request-en.pdf", OutgoingRequests.pdf("en")).status())
                .isEqualTo(201);
        complete("ircamsterdam", openTask(reference, "Task_TranslateRequest").path("id").asText(),
                Map.of("translationLanguage", "en", "translator", "Vertaalbureau", "translatedOn", LocalDate.now().toString()));
        complete("airs", openTask(reference, "Task_AssessAndTransmitAsCentralAuthority").path("id").asText(),
                Map.of("centralAuthorityTransmits", "true", "channel", "CENTRAL_AUTHORITY", "sentOn", LocalDate.now().toString()));
        assertThat(user("coordinator").post("/api/tasks/reassignments", Map.of("taskIds",
                List.of(openTask(reference, "Task_ExpediteRequest").path("id").asText()), "candidateGroup", "ircAmsterdam",
                "reason", "Liaisonmagistraat met verlof")).status()).isEqualTo(200);
        assertThat(user("ircamsterdam").post("/api/requests/" + reference + "/messages",
                Map.of("kind", "FINAL_REPLY", "summary", "Bank statements")).status()).isEqualTo(202);
        String processId = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference)
                .singleResult().getId();
        String waitingExecution = runtimeService.createExecutionQuery().processInstanceBusinessKey(reference)
                .activityId("Task_InterpretFinalReply").singleResult().getId();
        runtimeService.createIncident("rechtshulp", waitingExecution, "audit test", "Koppeling met AIRS niet bereikbaar");
        assertThat(user("admin", "admin").delete("/engine-rest/process-instance/" + processId).status()).isEqualTo(204);

        List<JsonNode> entries = timeline(reference, "auditor");
        assertThat(entries).extracting(entry -> entry.path("action").asText()).contains("REQUEST_REGISTERED",
                "PROCESS_STARTED", "VARIABLE_SET", "TASK_CREATED", "USER_OPERATION", "DECISION", "TASK_COMPLETED",
                "CLOCK_CHANGED", "TASK_REASSIGNED", "MESSAGE_RECEIVED", "INCIDENT", "TASK_DELETED", "PROCESS_CANCELLED");
        JsonNode assignment = first(entries, "USER_OPERATION", "Assign");
        assertThat(assignment.path("actor").asText()).isEqualTo("coordinator");
        assertThat(assignment.path("actorGroups").asText()).contains("coordinators");
        assertThat(assignment.path("after").asText()).isEqualTo("ircamsterdam");
        JsonNode dueDate = first(entries, "USER_OPERATION", "dueDate");
        assertThat(dueDate.path("before").asText()).isNotBlank();
        assertThat(dueDate.path("after").asText()).isNotEqualTo(dueDate.path("before").asText());
        JsonNode decision = first(entries, "DECISION", "Task_QualityCheck");
        assertThat(decision.path("reason").asText()).isEqualTo("Helder verzoek, klaar voor vertaling");
        assertThat(decision.path("actor").asText()).isEqualTo("ircamsterdam");
        JsonNode reassigned = first(entries, "TASK_REASSIGNED", "Task_ExpediteRequest");
        assertThat(reassigned.path("before").asText()).contains("liaisonMagistrates");
        assertThat(reassigned.path("after").asText()).contains("ircAmsterdam");
        assertThat(reassigned.path("reason").asText()).isEqualTo("Liaisonmagistraat met verlof");
        JsonNode abroad = first(entries, "CLOCK_CHANGED", "clock");
        assertThat(abroad.path("before").asText()).startsWith("NL");
        assertThat(abroad.path("after").asText()).startsWith("ABROAD");
        JsonNode variable = entries.stream().filter(entry -> "VARIABLE_SET".equals(entry.path("action").asText())
                && "qualityApproved".equals(entry.path("subject").asText())).findFirst().orElseThrow();
        assertThat(variable.path("after").asText()).isEqualTo("true");
        assertThat(entries).allSatisfy(entry -> {
            assertThat(entry.path("occurredAt").asText()).endsWith("Z");
            assertThat(entry.path("occurredAtAmsterdam").asText()).isNotBlank();
            assertThat(entry.path("hash").asText()).hasSize(64);
        });
        assertThat(entries).extracting(entry -> entry.path("seq").asLong())
                .isSorted().doesNotHaveDuplicates();
    }

    @Test
    void closureAndReadingAreRecordedAndTheTrailOutlivesTheEngineHistory() {
        String reference = draft(OutgoingRequests.toUae());
        complete("ircamsterdam", openTask(reference, "Task_ReviseDraft").path("id").asText(),
                Map.of("abandonDraft", "true", "abandonReason", "Verdachte in Nederland aangehouden"));

        List<JsonNode> first = timeline(reference, "auditor");
        assertThat(first).extracting(entry -> entry.path("action").asText())
                .contains("PROCESS_ENDED", "REQUEST_CLOSED");
        assertThat(first(first, "DECISION", "Task_ReviseDraft").path("reason").asText())
                .isEqualTo("Verdachte in Nederland aangehouden");

        String processId = historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(reference)
                .singleResult().getId();
        historyService.deleteHistoricProcessInstance(processId);

        List<JsonNode> after = timeline(reference, "auditor");
        assertThat(after.size()).as("the engine's history is gone, the trail is not").isGreaterThan(first.size());
        JsonNode read = first(after, "AUDIT_READ", "timeline");
        assertThat(read.path("actor").asText()).isEqualTo("auditor");
        assertThat(user("ircrotterdam").get("/api/requests/" + reference + "/audit").status()).isEqualTo(404);
    }

    @Test
    void theChainVerifiesAndAChangedRowBreaksItAtThatRow() throws Exception {
        String reference = draft(OutgoingRequests.toUae());
        JsonNode intact = user("auditor").get("/api/audit/verification").body();
        assertThat(intact.path("intact").asBoolean()).as("verification %s", intact).isTrue();
        assertThat(intact.path("entriesChecked").asLong()).isPositive();
        assertThat(cli()).startsWith("audit trail intact");

        Map<String, Object> row = jdbc.queryForMap(
                "select id, after_value from audit_entry where chain_key = ? and chain_seq = 2", reference);
        jdbc.update("update audit_entry set after_value = ? where id = ?", "changed afterwards", row.get("id"));
        try {
            JsonNode broken = user("auditor").get("/api/audit/verification").body();
            assertThat(broken.path("intact").asBoolean()).isFalse();
            assertThat(broken.path("firstBroken").path("chainKey").asText()).isEqualTo(reference);
            assertThat(broken.path("firstBroken").path("chainSeq").asLong()).isEqualTo(2);
            assertThat(broken.path("firstBroken").path("entryId").asLong()).isEqualTo(((Number) row.get("id")).longValue());
            assertThat(cli()).contains("BROKEN", reference, "entry 2");
        } finally {
            jdbc.update("update audit_entry set after_value = ? where id = ?", row.get("after_value"), row.get("id"));
        }
        assertThat(user("auditor").get("/api/audit/verification").body().path("intact").asBoolean()).isTrue();
        assertThat(user("coordinator").get("/api/audit/verification").status()).isEqualTo(403);
    }

    @Test
    void auditorsChangeNothingThroughAnyDoorAndEveryAttemptIsRecorded() {
        String reference = draft(OutgoingRequests.toUae());
        String taskId = openTask(reference, "Task_ReviseDraft").path("id").asText();
        var auditor = user("auditor");

        assertThat(auditor.post("/api/requests", OutgoingRequests.toUae()).status()).isEqualTo(403);
        assertThat(auditor.post("/api/requests/" + reference + "/messages", Map.of("kind", "FINAL_REPLY")).status())
                .isEqualTo(403);
        assertThat(auditor.post("/engine-rest/task/" + taskId + "/claim", Map.of("userId", "auditor")).status())
                .isEqualTo(403);
        assertThat(auditor.post("/engine-rest/task/" + taskId + "/complete", Map.of("variables", Map.of())).status())
                .isEqualTo(403);
        assertThat(auditor.post("/api/tasks/reassignments", Map.of("taskIds", List.of(taskId), "assignee", "auditor",
                "reason", "x")).status()).isEqualTo(403);
        String processId = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference)
                .singleResult().getId();
        assertThat(auditor.put("/engine-rest/process-instance/" + processId + "/variables/urgency",
                Map.of("value", "URGENT")).status()).isEqualTo(403);
        assertThat(auditor.delete("/engine-rest/process-instance/" + processId).status()).isEqualTo(403);
        assertThat(auditor.put("/engine-rest/user/auditor/profile", Map.of("id", "auditor", "firstName", "Changed",
                "lastName", "")).status()).as("not even their own account").isEqualTo(403);
        assertThat(auditor.delete("/engine-rest/user/auditor").status()).isEqualTo(403);

        List<JsonNode> refusals = search("?user=auditor&action=ACCESS_DENIED");
        assertThat(refusals).extracting(entry -> entry.path("subject").asText()).anyMatch(s -> s.startsWith("POST /api/requests"))
                .anyMatch(s -> s.contains("/engine-rest/task/" + taskId + "/claim"))
                .anyMatch(s -> s.contains("/engine-rest/task/" + taskId + "/complete"))
                .anyMatch(s -> s.startsWith("POST /api/tasks/reassignments"))
                .anyMatch(s -> s.startsWith("DELETE /engine-rest/process-instance/"))
                .anyMatch(s -> s.startsWith("PUT /engine-rest/user/auditor/profile"));
        assertThat(refusals).extracting(entry -> entry.path("requestReference").asText()).contains(reference);
        assertThat(openTask(reference, "Task_ReviseDraft").path("assignee").isNull()).isTrue();
    }

    @Test
    void auditorsSearchAcrossRequestsAndExportCsvAndJson() {
        String reference = draft(OutgoingRequests.toUae());
        String today = LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")).toString(); // the search counts Amsterdam days

        List<JsonNode> byUser = search("?user=ircamsterdam&action=REQUEST_REGISTERED&from=" + today + "&to=" + today);
        assertThat(byUser).extracting(entry -> entry.path("requestReference").asText()).contains(reference);
        assertThat(search("?authority=ircAmsterdam&action=REQUEST_REGISTERED"))
                .extracting(entry -> entry.path("requestReference").asText()).contains(reference);
        assertThat(search("?authority=irc&action=REQUEST_REGISTERED")).as("whole group names only").isEmpty();

        Response csv = user("auditor").get("/api/audit?reference=" + reference + "&format=csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        String text = csv.body().asText();
        assertThat(text).startsWith("id,chain,seq,occurred_at_utc,occurred_at_amsterdam,actor");
        assertThat(text).contains(reference, "REQUEST_REGISTERED");
        assertThat(user("auditor").get("/api/requests/" + reference + "/audit?format=csv").contentType())
                .startsWith("text/csv");
        assertThat(user("ircamsterdam").get("/api/audit").status()).as("search is for auditors").isEqualTo(403);
        assertThat(user("auditor").get("/api/audit?from=2026-12-01&to=2026-11-01").status()).isEqualTo(400);
        assertThat(user("auditor").get("/api/audit?format=xml").status()).isEqualTo(400);
    }

    @Test
    void retentionRemovesWholeChainsOfLongClosedRequestsAndRecordsTheRemoval() {
        String expired = draft(OutgoingRequests.toUae());
        complete("ircamsterdam", openTask(expired, "Task_ReviseDraft").path("id").asText(),
                Map.of("abandonDraft", "true", "abandonReason", "Ingetrokken"));
        String kept = draft(OutgoingRequests.toUae());
        jdbc.update("update request set closed_at = ? where reference = ?",
                Timestamp.from(Instant.now().minus(11 * 366, ChronoUnit.DAYS)), expired);

        int removed = retention.removeExpired();

        assertThat(removed).isGreaterThanOrEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where chain_key = ?", Long.class, expired)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where chain_key = ?", Long.class, kept)).isPositive();
        assertThat(search("?action=RETENTION_REMOVED")).extracting(entry -> entry.path("after").asText())
                .anyMatch(after -> after.contains(expired));
        assertThat(user("auditor").get("/api/audit/verification").body().path("intact").asBoolean()).isTrue();
        assertThat(engineConfiguration.getHistoryCleanupBatchWindowStartTime()).isEqualTo("01:00");
        assertThat(engineConfiguration.getHistoryCleanupBatchWindowEndTime()).isEqualTo("05:00");
    }

    @Test
    void theEnginesHistoryCleanupRemovesItsHistoryAfterItsTimeToLiveAndTheTrailStays() {
        String reference = draft(OutgoingRequests.toUae());
        complete("ircamsterdam", openTask(reference, "Task_ReviseDraft").path("id").asText(),
                Map.of("abandonDraft", "true", "abandonReason", "Niet meer nodig"));
        String processId = historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(reference)
                .singleResult().getId();
        int trailBefore = timeline(reference, "auditor").size();
        try {
            // Five years (historyTimeToLive P1825D) and a day after the request ended.
            org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(
                    java.util.Date.from(Instant.now().plus(1826, ChronoUnit.DAYS)));
            var cleanup = historyService.cleanUpHistoryAsync(true);
            managementService.executeJob(cleanup.getId());
        } finally {
            org.camunda.bpm.engine.impl.util.ClockUtil.reset();
        }

        assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(processId).count())
                .as("the engine's history is cleaned as configured").isZero();
        assertThat(timeline(reference, "auditor").size()).as("the trail stays, and records this reading")
                .isGreaterThan(trailBefore);
    }

    private String cli() throws Exception {
        var url = dataSource.unwrap(com.zaxxer.hikari.HikariDataSource.class);
        var out = new ByteArrayOutputStream();
        int exit = VerifyAuditTrail.run(new String[] {url.getJdbcUrl(), url.getUsername(),
                url.getPassword() == null ? "" : url.getPassword(), "--keys=" + AuditKeys.DEMO_KEYS,
                "--checkpoints=" + sealSettings.checkpoints()}, new PrintStream(out, true, StandardCharsets.UTF_8));
        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(exit).as(printed).isEqualTo(printed.contains("BROKEN") ? 1 : 0);
        return printed;
    }

    private List<JsonNode> timeline(String reference, String userId) {
        Response response = user(userId).get("/api/requests/" + reference + "/audit");
        assertThat(response.status()).as("timeline %s", response.body()).isEqualTo(200);
        return list(response.body().path("entries"));
    }

    private List<JsonNode> search(String query) {
        Response response = user("auditor").get("/api/audit" + query);
        assertThat(response.status()).as("search %s", response.body()).isEqualTo(200);
        return list(response.body().path("entries"));
    }

    private static List<JsonNode> list(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).toList();
    }

    private static JsonNode first(List<JsonNode> entries, String action, String subjectContains) {
        return entries.stream().filter(entry -> action.equals(entry.path("action").asText())
                        && entry.path("subject").asText().contains(subjectContains)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + action + " about " + subjectContains + " in "
                        + entries.stream().map(e -> e.path("action").asText() + ":" + e.path("subject").asText()).toList()));
    }

    private String draft(Map<String, Object> body) {
        Response created = user("ircamsterdam").post("/api/requests", body);
        assertThat(created.status()).as("draft %s", created.body()).isEqualTo(201);
        return created.body().path("reference").asText();
    }

    private JsonNode openTask(String reference, String taskKey) {
        JsonNode request = user("coordinator").get("/api/requests/" + reference).body();
        return StreamSupport.stream(request.path("openTasks").spliterator(), false)
                .filter(task -> taskKey.equals(task.path("taskKey").asText())).findFirst()
                .orElseThrow(() -> new AssertionError("no open " + taskKey + " in " + request.path("openTasks")));
    }

    private void complete(String userId, String taskId, Map<String, Object> values) {
        Map<String, Object> variables = new HashMap<>();
        values.forEach((name, value) -> variables.put(name, Map.of("value", value)));
        Response response = user(userId).post("/engine-rest/task/" + taskId + "/complete", Map.of("variables", variables));
        assertThat(response.status()).as("complete %s", response.body()).isEqualTo(204);
    }

    private ApiClient user(String userId) {
        return user(userId, "demo");
    }

    private ApiClient user(String userId, String password) {
        return ApiClient.as(port, userId, password);
    }
}

package nl.rechtshulp.investigationorder;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import static nl.rechtshulp.support.ApiAssertions.runningDeadlineDay;

import nl.rechtshulp.support.EngineTimers;
import nl.rechtshulp.support.IncomingRequests;
import nl.rechtshulp.support.IntegrationTest;
import nl.rechtshulp.support.RequestApi;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A European Investigation Order from Germany through the real doors: acknowledged with an Annex B letter in the case
 * file, the Directive's deadlines in the status, the decision by a named officier van justitie, the rechter-commissaris
 * only for a measure that needs one, and the results handed over only after the complaint is decided.
 */
@IntegrationTest
class InvestigationOrderApiIntegrationTests {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

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
    void anOrderFromGermanyIsAcknowledgedDecidedByANamedOfficerAndHandedOverAfterTheComplaint() throws Exception {
        LocalDate receivedOn = LocalDate.now(AMSTERDAM).minusDays(2);
        Map<String, Object> body = IncomingRequests.fromGermany();
        body.put("receivedOn", receivedOn.toString());
        body.put("measures", List.of(Map.of("description", "Doorzoeking van een woning in Amsterdam", "coercive", true,
                "kind", "SEARCH_OF_PREMISES")));
        String reference = api.register("ircamsterdam", body);

        JsonNode registered = api.status(reference);
        assertThat(registered.path("legalBasis").asText()).contains("Richtlijn 2014/41/EU");
        assertThat(registered.path("issuingAuthorityKind").asText()).isEqualTo("PUBLIC_PROSECUTOR");
        assertThat(registered.path("measures").get(0).path("kind").asText()).isEqualTo("SEARCH_OF_PREMISES");
        assertThat(registered.path("stage").asText()).isEqualTo("ACKNOWLEDGEMENT");
        JsonNode acknowledgement = registered.path("openTasks").get(0);
        assertThat(acknowledgement.path("taskKey").asText()).isEqualTo("Task_AcknowledgeReceipt");
        // Art. 16(1): within a week of receipt; art. 12(3) and (5): 30 days, once extended to 60.
        assertThat(acknowledgement.path("due").asText())
                .isEqualTo(receivedOn.plusDays(8).atStartOfDay(AMSTERDAM).toInstant().minusSeconds(1).toString());
        assertThat(runningDeadlineDay(registered, "BoundaryEvent_RecognitionDeadlinePassed")).isEqualTo(receivedOn.plusDays(30));
        assertThat(runningDeadlineDay(registered, "BoundaryEvent_ExtendedRecognitionDeadlinePassed")).isEqualTo(receivedOn.plusDays(60));
        assertThat(api.user("ircamsterdam").get("/requests/" + reference).body().asText())
                .contains("Beslistermijn erkenning (30 dagen, art. 12 lid 3)", "Ontvangst bevestigen (bijlage B)");

        api.complete("ircamsterdam", reference, "Task_AcknowledgeReceipt", Map.of("acknowledgedOn",
                LocalDate.now(AMSTERDAM).toString(), "remarks", "Uitvoering door de politie Amsterdam"));
        JsonNode letter = StreamSupport.stream(api.user("ircamsterdam").get("/api/requests/" + reference + "/documents")
                .body().spliterator(), false).filter(d -> d.path("kind").asText().equals("ACKNOWLEDGEMENT")).findFirst()
                .orElseThrow();
        var pdf = api.user("ircamsterdam").download("/api/requests/" + reference + "/documents/" + letter.path("id").asText());
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(new String(pdf.body(), 0, 5)).isEqualTo("%PDF-");
        try (var document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("BEVESTIGING VAN ONTVANGST VAN EEN EOB", "THE EIO CONCERNED",
                    "Staatsanwaltschaft Köln", body.get("foreignReference").toString(), reference, "IRC Amsterdam",
                    "ircamsterdam", "Uitvoering door de politie Amsterdam",
                    nl.rechtshulp.web.DutchTime.date(receivedOn.plusDays(30)));
        }

        api.complete("ircamsterdam", reference, "Task_CheckCompleteness", Map.of("requestComplete", "true"));
        api.complete("coordinator", reference, "Task_AssignCompetentAuthority", Map.of("owningIrc", "ircAmsterdam",
                "officerOfJustice", "mr. A. de Vries", "executingService", "politie"));
        var incomplete = api.completeAnswer("ircamsterdam", reference, "Task_AssessLegalConditions",
                Map.of("recognitionDecision", "REFUSE", "officerName", "mr. A. de Vries", "reason", "-"));
        assertThat(incomplete.status()).as("a refusal names its ground").isEqualTo(400);
        assertThat(incomplete.body().path("field").asText()).isEqualTo("refusalGround");
        api.complete("ircamsterdam", reference, "Task_AssessLegalConditions", Map.of("recognitionDecision", "RECOGNISE",
                "officerName", "mr. A. de Vries", "reason", "Geen weigeringsgronden (art. 11)"));

        JsonNode recognised = api.status(reference);
        assertThat(recognised.path("decisions")).anySatisfy(decision -> {
            assertThat(decision.path("taskKey").asText()).isEqualTo("Task_AssessLegalConditions");
            assertThat(decision.path("decidedBy").asText()).isEqualTo("ircamsterdam");
            assertThat(decision.path("details").asText()).contains("mr. A. de Vries", "RECOGNISE");
        });
        assertThat(recognised.path("openTasks").get(0).path("taskKey").asText())
                .as("a search of a dwelling needs the rechter-commissaris").isEqualTo("Task_RecordExaminingJudgeDecision");
        api.complete("ircamsterdam", reference, "Task_RecordExaminingJudgeDecision", Map.of("examiningJudgeAuthorises",
                "true", "decisionDate", LocalDate.now(AMSTERDAM).toString(), "decisionDocument", "RC 26/77",
                "reason", "Machtiging doorzoeking verleend"));
        JsonNode executing = api.status(reference);
        // Art. 12(4): 90 days after the decision, taken today.
        assertThat(runningDeadlineDay(executing, "BoundaryEvent_ExecutionDeadlinePassed")).isEqualTo(LocalDate.now(AMSTERDAM).plusDays(90));
        assertThat(runningDeadlineDay(executing, "BoundaryEvent_RecognitionDeadlinePassed")).as("decided: no longer running").isNull();

        String today = LocalDate.now(AMSTERDAM).toString();
        api.complete("politie", reference, "Task_ExecuteMeasures", Map.of("executionResult", "FULLY_EXECUTED",
                "executedOn", today, "notifiedOn", today, "resultsSummary", "Administratie in beslag genomen"));
        assertThat(api.status(reference).path("openTasks").get(0).path("taskKey").asText())
                .as("the results wait for the complaint period").isEqualTo("Task_AwaitComplaintPeriod");
        api.complete("ircamsterdam", reference, "Task_AwaitComplaintPeriod", Map.of("complaintEvent", "COMPLAINT_LODGED",
                "occurredOn", today, "reason", "Klaagschrift van de bewoner"));
        api.complete("ircamsterdam", reference, "Task_RecordComplaintDecision", Map.of("complaintUpheld", false,
                "decidedOn", today, "decisionReference", "RK 26/991"));
        api.complete("ircamsterdam", reference, "Task_HandOverResults",
                Map.of("handedOverOn", today, "handOverChannel", "DIRECT"));
        api.complete("ircamsterdam", reference, "Task_CloseRequest", Map.of("complaintLodged", "true",
                "closingNote", "Uitgevoerd na ongegrond beklag"));

        JsonNode closed = api.status(reference);
        assertThat(closed.path("outcome").asText()).isEqualTo("EXECUTED");
        assertThat(closed.path("runningDeadlines")).isEmpty();
        assertThat(closed.path("decisions")).extracting(d -> d.path("taskKey").asText()).containsSubsequence(
                "Task_AcknowledgeReceipt", "Task_CheckCompleteness", "Task_AssessLegalConditions",
                "Task_RecordExaminingJudgeDecision", "Task_ExecuteMeasures", "Task_AwaitComplaintPeriod",
                "Task_RecordComplaintDecision", "Task_HandOverResults", "Task_CloseRequest");
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference).count()).isZero();
    }

    @Test
    void aRefusalIsConsultedOnFirstAndConfirmedByASecondOfficerNotTheProposer() {
        String reference = api.register("ircamsterdam", IncomingRequests.fromGermany());
        api.complete("ircamsterdam", reference, "Task_AcknowledgeReceipt", Map.of("acknowledgedOn",
                LocalDate.now(AMSTERDAM).toString()));
        api.complete("ircamsterdam", reference, "Task_CheckCompleteness", Map.of("requestComplete", "true"));
        api.complete("coordinator", reference, "Task_AssignCompetentAuthority", Map.of("owningIrc", "ircAmsterdam",
                "officerOfJustice", "mr. A. de Vries", "executingService", "politie"));
        api.complete("ircamsterdam", reference, "Task_AssessLegalConditions", Map.of("recognitionDecision", "REFUSE",
                "refusalGround", "NE_BIS_IN_IDEM", "officerName", "mr. A. de Vries",
                "reason", "Dezelfde feiten zijn in Nederland onherroepelijk berecht"));
        assertThat(api.status(reference).path("stage").asText()).isEqualTo("CONSULTATION");
        api.complete("ircamsterdam", reference, "Task_ConsultIssuingAuthority", Map.of("consultedOn",
                LocalDate.now(AMSTERDAM).toString(), "consultationOutcome", "REFUSAL_MAINTAINED",
                "consultationReason", "De Staatsanwaltschaft bevestigt de feiten"));
        var byTheProposer = api.completeAnswer("ircamsterdam", reference, "Task_ConfirmRefusal",
                Map.of("refusalConfirmed", "true"));
        assertThat(byTheProposer.status()).isEqualTo(400);
        api.complete("ircamsterdam2", reference, "Task_ConfirmRefusal", Map.of("refusalConfirmed", "true"));
        JsonNode refused = api.status(reference);
        assertThat(refused.path("openTasks").get(0).path("taskKey").asText()).isEqualTo("Task_NotifyRefusal");
        assertThat(refused.path("runningDeadlines")).as("the decision is taken").isEmpty();
    }

    @Test
    void anEioWithoutTheKindOfItsIssuerOrTheValidationItNeedsIsRefusedAndNothingIsStored() {
        Map<String, Object> withoutIssuer = IncomingRequests.fromGermany();
        withoutIssuer.remove("issuingAuthorityKind");
        var missing = api.user("ircamsterdam").post("/api/requests", withoutIssuer);
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body().path("field").asText()).isEqualTo("issuingAuthorityKind");

        Map<String, Object> unvalidated = IncomingRequests.fromGermany();
        unvalidated.put("issuingAuthorityKind", "OTHER_COMPETENT_AUTHORITY");
        var notValidated = api.user("ircamsterdam").post("/api/requests", unvalidated);
        assertThat(notValidated.status()).isEqualTo(400);
        assertThat(notValidated.body().path("field").asText()).isEqualTo("validatingAuthority");

        unvalidated.put("validatingAuthority", "Amtsgericht Köln");
        String reference = api.register("ircamsterdam", unvalidated);
        assertThat(api.status(reference).path("validatingAuthority").asText()).isEqualTo("Amtsgericht Köln");
        // Denmark is not bound by the Directive: no issuer kind needed, no acknowledgement.
        String danish = api.register("ircamsterdam", IncomingRequests.fromDenmark());
        assertThat(api.status(danish).path("openTasks").get(0).path("taskKey").asText()).isEqualTo("Task_CheckCompleteness");
        assertThat(api.status(danish).path("runningDeadlines")).isEmpty();
    }

    @Test
    void aDecisionPastDayThirtyAsksForTheExtensionAndCountsOnTheDashboardApartFromTheTargets() {
        String reference = api.register("ircamsterdam", IncomingRequests.fromGermany());
        String row = "Beslistermijn erkenning (30 dagen, art. 12 lid 3)";
        long before = passedOnTheDashboard(row);
        EngineTimers.fire(managementService, runtimeService, reference, "BoundaryEvent_RecognitionDeadlinePassed");

        JsonNode late = api.status(reference);
        assertThat(late.path("openTasks")).extracting(task -> task.path("taskKey").asText())
                .contains("Task_AcknowledgeReceipt", "Task_ExtendRecognitionDeadline");
        assertThat(passedOnTheDashboard(row)).isEqualTo(before + 1);
        var tooLate = api.completeAnswer("ircamsterdam", reference, "Task_ExtendRecognitionDeadline", Map.of(
                "informedOn", LocalDate.now(AMSTERDAM).toString(),
                "expectedDecisionOn", LocalDate.now(AMSTERDAM).plusDays(90).toString(), "delayReason", "Vertaling"));
        assertThat(tooLate.status()).as("beyond the one extension of art. 12(5)").isEqualTo(400);
        assertThat(tooLate.body().path("field").asText()).isEqualTo("expectedDecisionOn");
    }

    /** The dashboard's count of a statutory deadline passed this year, read from its table. */
    private long passedOnTheDashboard(String deadline) {
        String html = api.user("coordinator").get("/dashboard").body().asText();
        int at = html.indexOf(deadline);
        assertThat(at).as("the dashboard lists %s", deadline).isPositive();
        var cells = java.util.regex.Pattern.compile(">(\\d+)</td>").matcher(html.substring(at));
        long[] figures = new long[3];
        for (int i = 0; i < 3; i++) {
            assertThat(cells.find()).isTrue();
            figures[i] = Long.parseLong(cells.group(1));
        }
        return figures[2];
    }
}

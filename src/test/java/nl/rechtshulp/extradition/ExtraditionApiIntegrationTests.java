package nl.rechtshulp.extradition;

import static nl.rechtshulp.support.ApiAssertions.assertProblem;
import static nl.rechtshulp.support.ApiAssertions.find;
import static nl.rechtshulp.support.ApiAssertions.openTask;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.rechtshulp.support.ApiClient;
import nl.rechtshulp.support.ApiClient.Response;
import nl.rechtshulp.support.IntegrationTest;
import nl.rechtshulp.support.RequestApi;
import nl.rechtshulp.support.OutgoingRequests;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Extradition requests through their real doors: the product's API to register them and deliver what the other
 * state sends, the engine's REST API for tasks, and the engine's own timers (run through the ManagementService once
 * the clock has passed their date) for the deadlines.
 */
@IntegrationTest
class ExtraditionApiIntegrationTests {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    @LocalServerPort
    int port;

    private RequestApi api;

    @BeforeEach
    void connect() {
        api = new RequestApi(port);
    }

    @Autowired
    ManagementService managementService;

    @Autowired
    RuntimeService runtimeService;

    @Test
    void aUaeAlertForADutchNationalGoesThroughGuaranteesCourtCassationAndMinisterToSurrender() {
        String reference = api.register("lirc", incoming("AE", "PROVISIONAL_ARREST_ALERT", "NL"));
        JsonNode alert = api.status(reference);
        assertThat(alert.path("type").asText()).isEqualTo("EXTRADITION");
        assertThat(alert.path("urgency").asText()).as("an alert asks for arrest").isEqualTo("DETAINED");
        assertThat(alert.path("legalBasis").asText()).contains("Trb. 2021, 117");
        assertThat(alert.path("owningIrc").asText()).isEqualTo("ircAmsterdam");
        assertThat(alert.path("extradition").path("arrivedAs").asText()).isEqualTo("PROVISIONAL_ARREST_ALERT");
        assertThat(alert.path("extradition").path("personIsDutchNational").asBoolean()).isTrue();

        assertThat(api.user("kmar").get("/api/requests/" + reference).status()).as("not the KMar's yet").isEqualTo(404);
        assertThat(api.user("lirc").post("/engine-rest/process-definition/key/IncomingExtraditionRequestProcess/start",
                Map.of("businessKey", reference, "variables", Map.of("reference", Map.of("value", reference))))
                .status()).as("only the intake starts an extradition process").isEqualTo(403);
        Response future = api.completeAnswer("ircamsterdam", reference, "Task_RecordProvisionalArrest",
                Map.of("arrestedOn", daysAgo(-1), "arrestPlace", "Schiphol"));
        assertThat(future.status()).as("an arrest cannot lie in the future").isEqualTo(400);
        api.complete("ircamsterdam", reference, "Task_RecordProvisionalArrest",
                Map.of("arrestedOn", daysAgo(10), "arrestPlace", "Schiphol"));

        JsonNode arrested = api.status(reference);
        assertThat(arrested.path("stage").asText()).isEqualTo("AWAITING_FORMAL_REQUEST");
        assertThat(arrested.path("clock").asText()).isEqualTo("STOPPED");
        JsonNode facts = arrested.path("extradition");
        assertThat(facts.path("arrestedOn").asText()).isEqualTo(daysAgo(10));
        assertThat(facts.path("formalRequestDueOn").asText()).as("UAE treaty: released on day 60, so day 59 is the last")
                .isEqualTo(daysAgo(-49));
        JsonNode deadline = find(facts.path("runningDeadlines"), "activityId", "Event_FormalRequestDeadlineExpired");
        assertThat(deadline.path("what").asText()).isEqualTo("Termijn formeel verzoek verstreken");
        assertThat(api.user("ircamsterdam").get("/requests/" + reference).body().asText())
                .contains("Termijn formeel verzoek verstreken", "50 dagen", "Formeel verzoek uiterlijk");
        assertThat(deadline.path("dueOn").asText()).isEqualTo(daysAgo(-50));
        assertThat(deadline.path("daysLeft").asInt()).isEqualTo(50);
        assertThat(deadline.path("passed").asBoolean()).isFalse();
        assertThat(deadline.path("timeLeft").asText()).startsWith("PT");
        assertThat(find(facts.path("runningDeadlines"), "kind", "WARNING").path("daysLeft").asInt()).isEqualTo(35);

        assertThat(deliver("airs", reference, Map.of("kind", "FORMAL_REQUEST", "summary", "Formal request via AIRS"))
                .status()).isEqualTo(202);
        JsonNode formal = api.status(reference);
        assertThat(formal.path("extradition").path("formalRequestReceivedOn").asText()).isEqualTo(daysAgo(0));
        assertThat(formal.path("extradition").path("runningDeadlines")).extracting(d -> d.path("activityId").asText())
                .as("the deadline was met; detention runs on its own orders").containsExactly("Task_BringBeforeExaminingJudge");
        assertThat(deliver("airs", reference, Map.of("kind", "FORMAL_REQUEST", "summary", "again")).status())
                .as("nothing waits for a second formal request").isEqualTo(409);

        api.complete("airs", reference, "Task_AssessAsCentralAuthority",
                Map.of("centralAuthorityAccepts", "true", "reason", "Verdrag van toepassing"));
        JsonNode guarantees = api.status(reference);
        assertThat(guarantees.path("extradition").path("guaranteesRequired")).extracting(JsonNode::asText)
                .containsExactly("RETURN_TO_SERVE_SENTENCE", "NO_DEATH_PENALTY", "NO_CORPORAL_PUNISHMENT");
        String guaranteesTask = openTask(guarantees, "Task_RequestGuarantees").path("id").asText();
        assertThat(api.user("airs").get("/engine-rest/task/" + guaranteesTask + "/form-variables").body()
                .path("guaranteesRequired").path("value").asText()).contains("terugkeergarantie", "geen doodstraf");
        api.complete("airs", reference, "Task_RequestGuarantees", Map.of("requestedOn", daysAgo(0)));
        assertThat(deliver("airs", reference, Map.of("kind", "GUARANTEES", "summary", "Note verbale")).status())
                .isEqualTo(202);
        api.complete("airs", reference, "Task_AssessGuarantees",
                Map.of("guaranteesSufficient", "true", "reason", "Alle drie gegeven bij note verbale"));

        api.complete("ircamsterdam", reference, "Task_RecordExaminingJudgeHearing",
                Map.of("hearingDate", daysAgo(0), "consentToSimplifiedExtradition", "false"));
        api.complete("ircamsterdam", reference, "Task_ClaimCourtExamination",
                Map.of("court", "Rechtbank Amsterdam", "hearingDate", daysAgo(0)));
        api.complete("ircamsterdam", reference, "Task_RecordCourtDecision", Map.of("extraditionAdmissible", "false",
                "decisionDate", daysAgo(0), "decisionDocument", "ECLI:NL:RBAMS:2026:1234",
                "seizedObjects", "Telefoon teruggeven aan de opgeëiste persoon", "reason", "Dubbele strafbaarheid"));
        String cassationTask = openTask(api.status(reference), "Task_RecordCassationAppeal").path("id").asText();
        assertThat(api.user("ircamsterdam").get("/engine-rest/task/" + cassationTask + "/form-variables").body()
                .path("cassationLodgingDueOn").path("value").asText()).as("14 days after the ruling")
                .isEqualTo(LocalDate.now(AMSTERDAM).plusDays(14).toString());
        Response tooEarly = api.completeAnswer("ircamsterdam", reference, "Task_RecordCassationAppeal",
                Map.of("cassationLodgedBy", "NONE"));
        assertThat(tooEarly.status()).as("either side may still lodge it for 14 days").isEqualTo(400);
        assertThat(tooEarly.body().path("field").asText()).isEqualTo("cassationLodgedBy");
        Response waiverWithoutRecord = api.completeAnswer("ircamsterdam", reference, "Task_RecordCassationAppeal",
                Map.of("cassationLodgedBy", "WAIVED"));
        assertThat(waiverWithoutRecord.status()).isEqualTo(400);
        assertThat(waiverWithoutRecord.body().path("field").asText()).isEqualTo("cassationWaiverDocument");
        api.complete("ircamsterdam", reference, "Task_RecordCassationAppeal",
                Map.of("cassationLodgedBy", "PROSECUTOR", "lodgedOn", daysAgo(0)));
        JsonNode cassation = api.status(reference);
        JsonNode grounds = find(cassation.path("extradition").path("runningDeadlines"), "activityId", "Task_FileCassationGrounds");
        assertThat(grounds.path("what").asText()).isEqualTo("Cassatiemiddelen indienen bij de Hoge Raad");
        assertThat(grounds.path("dueOn").asText()).as("one month, UW art. 31")
                .isEqualTo(LocalDate.now(AMSTERDAM).plusMonths(1).toString());
        assertThat(cassation.path("extradition").path("cassationGroundsDueOn").asText()).isEqualTo(grounds.path("dueOn").asText());
        String page = api.user("ircamsterdam").get("/requests/" + reference).body().asText();
        assertThat(page).as("the case page shows the extradition and its running deadline").contains("Uitlevering",
                "geen doodstraf", "ontoelaatbaar", "de officier van justitie", "Cassatiemiddelen indienen bij de Hoge Raad");
        api.complete("ircamsterdam", reference, "Task_FileCassationGrounds", Map.of("groundsFiledOn", daysAgo(0)));
        api.complete("ircamsterdam", reference, "Task_RecordSupremeCourtRuling", Map.of("extraditionAdmissible", "true",
                "rulingDate", daysAgo(0), "decisionDocument", "ECLI:NL:HR:2026:99", "reason", "Cassatie gegrond"));

        api.complete("airs", reference, "Task_AdviseMinister", Map.of("advice", "GRANT_WITH_CONDITIONS", "reason", "Garanties"));
        Response undocumented = api.completeAnswer("airs", reference, "Task_RecordMinisterDecision", Map.of(
                "ministerDecision", "GRANTED", "decisionDate", daysAgo(0), "reason", "Garanties gegeven"));
        assertThat(undocumented.status()).as("a decision is recorded with its document").isEqualTo(400);
        assertThat(undocumented.body().path("field").asText()).isEqualTo("ministerDecisionDocument");
        Response tooLong = api.completeAnswer("airs", reference, "Task_RecordMinisterDecision", Map.of("ministerDecision",
                "GRANTED", "decisionDate", daysAgo(0), "ministerDecisionDocument", "2026-0001234", "reason", "x".repeat(2001)));
        assertThat(tooLong.status()).as("longer than the register keeps: 400, not 500").isEqualTo(400);
        assertThat(tooLong.body().toString()).contains("langer dan 2000 tekens (reason)");
        api.complete("airs", reference, "Task_RecordMinisterDecision", Map.of("ministerDecision", "GRANTED_WITH_CONDITIONS",
                "decisionDate", daysAgo(0), "ministerDecisionDocument", "2026-0001234", "conditions", "Terugkeer na veroordeling",
                "reason", "Garanties gegeven", "surrenderPostponed", "true"));
        // The voorzieningenrechter bars the surrender; on the State's appeal the Gerechtshof allows it.
        Response undated = api.completeAnswer("airs", reference, "Task_RecordSummaryProceedings",
                Map.of("summaryProceedingsOutcome", "SURRENDER_BARRED", "summaryProceedingsAppealed", "true"));
        assertThat(undated.status()).isEqualTo(400);
        assertThat(undated.body().path("field").asText()).isEqualTo("summaryProceedingsDecidedOn");
        api.complete("airs", reference, "Task_RecordSummaryProceedings",
                Map.of("summaryProceedingsOutcome", "SURRENDER_BARRED", "summaryProceedingsAppealed", "true",
                        "summaryProceedingsDecidedOn", daysAgo(0), "summaryProceedingsDocument", "ECLI:NL:RBDHA:2026:7"));
        assertThat(api.completeAnswer("airs", reference, "Task_RecordSummaryAppealRuling", Map.of(
                "summaryAppealOutcome", "SURRENDER_ALLOWED", "summaryAppealDocument", "ECLI:NL:GHDHA:2026:1"))
                .body().path("field").asText()).isEqualTo("summaryAppealRuledOn");
        api.complete("airs", reference, "Task_RecordSummaryAppealRuling", Map.of("summaryAppealOutcome",
                "SURRENDER_ALLOWED", "summaryAppealRuledOn", daysAgo(0), "summaryAppealDocument", "ECLI:NL:GHDHA:2026:1"));
        // ECE art. 19(1) as the model: the surrender waits for a Dutch case against the person.
        JsonNode postponed = api.status(reference);
        assertThat(postponed.path("stage").asText()).isEqualTo("SURRENDER_POSTPONED");
        assertThat(postponed.path("clock").asText()).isEqualTo("STOPPED");
        api.complete("ircamsterdam", reference, "Task_AwaitDutchProceedings", Map.of("dutchProceedingsEndedOn", daysAgo(0)));
        assertThat(api.user("kmar").get("/api/requests/" + reference).status())
                .as("the KMar sees the request once it arranges the surrender").isEqualTo(200);
        api.complete("kmar", reference, "Task_ArrangeSurrender", Map.of("surrenderDate", daysAgo(0),
                "surrenderPlace", "Schiphol", "escort", "KMar Brigade Schiphol"));
        api.complete("kmar", reference, "Task_ConfirmSurrender", Map.of("handedOverOn", daysAgo(0)));

        JsonNode closed = api.status(reference);
        assertThat(closed.path("phase").asText()).isEqualTo("CLOSED");
        assertThat(closed.path("outcome").asText()).isEqualTo("SURRENDERED");
        JsonNode done = closed.path("extradition");
        assertThat(done.path("guaranteesSufficient").asBoolean()).isTrue();
        assertThat(done.path("guaranteesReceivedOn").asText()).isEqualTo(daysAgo(0));
        assertThat(done.path("consentToSimplifiedExtradition").asBoolean()).isFalse();
        assertThat(done.path("court").asText()).isEqualTo("Rechtbank Amsterdam");
        assertThat(done.path("courtFindsAdmissible").asBoolean()).isFalse();
        assertThat(done.path("seizedObjects").asText()).contains("Telefoon");
        assertThat(done.path("cassationLodgedBy").asText()).isEqualTo("PROSECUTOR");
        assertThat(done.path("cassationGroundsFiledOn").asText()).isEqualTo(daysAgo(0));
        assertThat(done.path("supremeCourtFindsAdmissible").asBoolean()).isTrue();
        assertThat(done.path("ministerAdvice").asText()).isEqualTo("GRANT_WITH_CONDITIONS");
        assertThat(done.path("ministerDecision").asText()).isEqualTo("GRANTED_WITH_CONDITIONS");
        assertThat(done.path("examiningJudgeHearingOn").asText()).isEqualTo(daysAgo(0));
        assertThat(done.path("conditions").asText()).isEqualTo("Terugkeer na veroordeling");
        assertThat(done.path("summaryProceedings").asText()).isEqualTo("SURRENDER_BARRED");
        assertThat(done.path("documents").path("court").asText()).isEqualTo("ECLI:NL:RBAMS:2026:1234");
        assertThat(done.path("documents").path("supremeCourt").asText()).isEqualTo("ECLI:NL:HR:2026:99");
        assertThat(done.path("documents").path("minister").asText()).isEqualTo("2026-0001234");
        assertThat(done.path("documents").path("summaryProceedings").asText()).isEqualTo("ECLI:NL:RBDHA:2026:7");
        assertThat(done.path("documents").path("summaryProceedingsDecidedOn").asText()).isEqualTo(daysAgo(0));
        assertThat(done.path("documents").path("summaryAppeal").asText()).isEqualTo("ECLI:NL:GHDHA:2026:1");
        assertThat(done.path("summaryAppealOutcome").asText()).isEqualTo("SURRENDER_ALLOWED");
        assertThat(done.path("surrenderPostponed").asBoolean()).isTrue();
        assertThat(done.path("dutchProceedingsEndedOn").asText()).isEqualTo(daysAgo(0));
        assertThat(done.path("escort").asText()).isEqualTo("KMar Brigade Schiphol");
        assertThat(done.path("handedOverOn").asText()).isEqualTo(daysAgo(0));
        assertThat(closed.path("phaseHistory")).extracting(entry -> entry.path("stage").asText())
                .containsSubsequence("TREATY_BASIS", "PROVISIONAL_ARREST", "AWAITING_FORMAL_REQUEST",
                        "CENTRAL_AUTHORITY", "GUARANTEES", "AWAITING_GUARANTEES", "EXAMINING_JUDGE", "COURT",
                        "CASSATION", "MINISTER", "SUMMARY_PROCEEDINGS", "SUMMARY_PROCEEDINGS_APPEAL",
                        "SURRENDER_POSTPONED", "SURRENDER", "CLOSED");
    }

    @Test
    void withoutTheFormalRequestTheEngineRaisesTheReleaseOnDayFortyAndAFormalRequestOnDayFortyFiveResumesTheCase() {
        String reference = api.register("lirc", incoming("TR", "PROVISIONAL_ARREST_ALERT", "TR"));
        api.complete("ircamsterdam", reference, "Task_RecordProvisionalArrest",
                Map.of("arrestedOn", daysAgo(45), "arrestPlace", "Rotterdam"));

        JsonNode overdue = api.status(reference);
        JsonNode deadline = find(overdue.path("extradition").path("runningDeadlines"), "activityId",
                "Event_FormalRequestDeadlineExpired");
        assertThat(deadline.path("dueOn").asText()).as("European Convention: never more than 40 days").isEqualTo(daysAgo(5));
        assertThat(deadline.path("passed").asBoolean()).isTrue();
        String instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference)
                .singleResult().getId();
        for (String due : List.of("Event_CustodyReviewDue", "Event_FormalRequestDeadlineExpired",
                "Event_CustodyLapsedBeforeHearing")) {
            assertThat(managementService.createJobQuery().processInstanceId(instance).activityId(due).timers()
                    .executable().count()).as("the custody review (day 18), the release (day 40) and the end of the"
                    + " inverzekeringstelling (day 3) are due: %s", due).isOne();
        }
        managementService.executeJob(managementService.createJobQuery().processInstanceId(instance)
                .activityId("Event_CustodyReviewDue").singleResult().getId());
        JsonNode review = openTask(api.status(reference), "Task_DecideOnCustody");
        assertThat(review.path("candidateGroups")).extracting(JsonNode::asText).as("not AIRS: it has no say in detention")
                .containsExactly("ircAmsterdam");
        assertThat(api.completeAnswer("airs", reference, "Task_DecideOnCustody", Map.of("keepInCustody", "true"))
                .status()).isIn(403, 404);
        Response prosecutorKeeps = api.completeAnswer("ircamsterdam", reference, "Task_DecideOnCustody", Map.of(
                "custodyDecidedBy", "PROSECUTOR", "keepInCustody", "true", "custodyDecidedOn", daysAgo(27),
                "custodyDecisionDocument", "OM-1", "reason", "Vluchtgevaar"));
        assertThat(prosecutorKeeps.status()).as("only a judge keeps a person detained").isEqualTo(400);
        assertThat(prosecutorKeeps.body().path("field").asText()).isEqualTo("custodyDecidedBy");
        api.complete("ircamsterdam", reference, "Task_DecideOnCustody", Map.of("custodyDecidedBy", "EXAMINING_JUDGE",
                "keepInCustody", "true", "custodyDecidedOn", daysAgo(27), "custodyDecisionDocument", "RC 26/123",
                "reason", "Vluchtgevaar; Turkije heeft het verzoek aangekondigd"));
        JsonNode kept = api.status(reference).path("extradition");
        assertThat(kept.path("custodyKept").asBoolean()).isTrue();
        assertThat(kept.path("documents").path("custodyDecision").asText()).isEqualTo("RC 26/123");
        assertThat(kept.path("documents").path("custodyDecidedOn").asText()).isEqualTo(daysAgo(27));
        var release = managementService.createJobQuery().processInstanceId(instance).activityId(
                "Event_FormalRequestDeadlineExpired").singleResult();
        managementService.executeJob(release.getId());

        JsonNode releasing = api.status(reference);
        JsonNode releaseTask = openTask(releasing, "Task_ReleasePerson");
        assertThat(releaseTask.path("candidateGroups")).extracting(JsonNode::asText).containsExactly("ircAmsterdam");
        assertThat(releaseTask.path("due").asText()).isEqualTo(
                LocalDate.now(AMSTERDAM).minusDays(5).atStartOfDay(AMSTERDAM).toInstant().toString());
        api.complete("ircamsterdam", reference, "Task_ReleasePerson", Map.of("releasedOn", daysAgo(5)));

        JsonNode released = api.status(reference);
        assertThat(released.path("outcome").isNull()).as("a release does not end the case (ECE art. 16(5))").isTrue();
        assertThat(released.path("stage").asText()).isEqualTo("RELEASED_AWAITING_FORMAL_REQUEST");
        assertThat(released.path("extradition").path("releasedOn").asText()).isEqualTo(daysAgo(5));
        assertThat(released.path("extradition").path("custodyKept").asBoolean()).isFalse();

        // The formal request comes on day 45, five days after the release: the person is arrested again (ECE art. 16(5)).
        assertThat(deliver("airs", reference, Map.of("kind", "FORMAL_REQUEST",
                "summary", "Formeel verzoek van Turkije, na de vrijlating")).status()).isEqualTo(202);
        api.complete("ircamsterdam", reference, "Task_RecordArrestOnLateFormalRequest",
                Map.of("arrestedAgain", "true", "arrestedAgainOn", daysAgo(0)));
        JsonNode resumed = api.status(reference);
        assertThat(resumed.path("extradition").path("formalRequestReceivedOn").asText()).isEqualTo(daysAgo(0));
        assertThat(resumed.path("outcome").isNull()).isTrue();
        openTask(resumed, "Task_AssessAsCentralAuthority");
        openTask(resumed, "Task_BringBeforeExaminingJudge");
        assertThat(resumed.path("extradition").path("custody").path("title").asText()).isEqualTo("INVERZEKERINGSTELLING");
        assertThat(resumed.path("extradition").path("custody").path("orderedOn").asText()).as("the new arrest")
                .isEqualTo(daysAgo(0));
    }

    @Test
    void aSwissWithdrawalEndsTheProcedureAndClosesOnceTheArrestedPersonIsReleased() {
        String reference = api.register("lirc", incoming("CH", "PROVISIONAL_ARREST_ALERT", "CH"));
        api.complete("ircamsterdam", reference, "Task_RecordProvisionalArrest",
                Map.of("arrestedOn", daysAgo(5), "arrestPlace", "Schiphol"));

        assertThat(deliver("airs", reference, Map.of("kind", "WITHDRAWAL",
                "summary", "Zwitserland trekt het verzoek in: de vervolging is gestaakt")).status()).isEqualTo(202);
        JsonNode withdrawing = api.status(reference);
        assertThat(withdrawing.path("outcome").isNull()).as("not closed before the release is ordered").isTrue();
        assertThat(withdrawing.path("openTasks")).as("only the release is left").hasSize(1);
        JsonNode release = openTask(withdrawing, "Task_ReleaseOnWithdrawal");
        assertThat(release.path("candidateGroups")).extracting(JsonNode::asText).containsExactly("ircAmsterdam");
        assertThat(Instant.parse(release.path("due").asText())).as("the release is due by the next day")
                .isBefore(Instant.now().plus(Duration.ofHours(25))).isAfter(Instant.now());
        JsonNode ended = api.user("auditor").get("/api/requests/" + reference + "/audit").body().path("entries");
        JsonNode hearingEnded = null;
        for (JsonNode entry : ended) {
            if ("TASK_DELETED".equals(entry.path("action").asText())
                    && entry.path("subject").asText().startsWith("Task_BringBeforeExaminingJudge")) {
                hearingEnded = entry;
            }
        }
        assertThat(hearingEnded).as("the open custody task ended with the withdrawal").isNotNull();
        assertThat(hearingEnded.path("reason").asText()).isEqualTo(
                "Ingetrokken door de verzoekende staat: Zwitserland trekt het verzoek in: de vervolging is gestaakt");
        assertThat(deliver("airs", reference, Map.of("kind", "WITHDRAWAL", "summary", "Nogmaals")).status())
                .as("withdrawn once").isEqualTo(409);

        assertThat(api.completeAnswer("ircamsterdam", reference, "Task_ReleaseOnWithdrawal",
                Map.of("heldAtWithdrawal", "true")).status()).as("a release needs its date").isEqualTo(400);
        api.complete("ircamsterdam", reference, "Task_ReleaseOnWithdrawal",
                Map.of("heldAtWithdrawal", "true", "releasedOn", daysAgo(0)));

        JsonNode closed = api.status(reference);
        assertThat(closed.path("outcome").asText()).isEqualTo("WITHDRAWN");
        assertThat(closed.path("phase").asText()).isEqualTo("CLOSED");
        assertThat(closed.path("openTasks")).as("every open task ended").isEmpty();
        assertThat(closed.path("extradition").path("releasedOn").asText()).isEqualTo(daysAgo(0));
        assertThat(closed.path("extradition").path("custodyKept").asBoolean()).isFalse();
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference).count()).isZero();
    }

    @Test
    void aSwissPersonWhoConsentedButIsNotTakenOverIsReleasedByTheOfficierAtTheLatestThirtyDaysAfterTheAgreedDate() {
        String reference = api.register("lirc", incoming("CH", "PROVISIONAL_ARREST_ALERT", "CH"));
        api.complete("ircamsterdam", reference, "Task_RecordProvisionalArrest",
                Map.of("arrestedOn", daysAgo(5), "arrestPlace", "Schiphol"));
        assertThat(deliver("airs", reference, Map.of("kind", "FORMAL_REQUEST", "summary", "Formeel verzoek")).status())
                .isEqualTo(202);
        api.complete("airs", reference, "Task_AssessAsCentralAuthority",
                Map.of("centralAuthorityAccepts", "true", "reason", "Europees Uitleveringsverdrag"));
        api.complete("ircamsterdam", reference, "Task_RecordExaminingJudgeHearing",
                Map.of("hearingDate", daysAgo(0), "consentToSimplifiedExtradition", "true",
                        "consentDocument", "PV RC 26/5007"));
        assertThat(api.completeAnswer("ircamsterdam", reference, "Task_DecideOnSimplifiedSurrender",
                Map.of("surrenderAllowed", "true", "decisionDate", daysAgo(0), "reason", "Instemming, UW art. 41"))
                .body().path("field").asText()).as("speciality: the offences the surrender covers")
                .isEqualTo("surrenderedForOffences");
        api.complete("ircamsterdam", reference, "Task_DecideOnSimplifiedSurrender", Map.of("surrenderAllowed", "true",
                "decisionDate", daysAgo(0), "surrenderedForOffences", "Invoer van cocaïne (art. 2 Opiumwet)",
                "seizedObjects", "Telefoon mee te geven aan Zwitserland", "reason", "Instemming, UW art. 41"));
        JsonNode allowed = api.status(reference).path("extradition");
        assertThat(allowed.path("admissibleOffences").asText()).isEqualTo("Invoer van cocaïne (art. 2 Opiumwet)");
        assertThat(allowed.path("seizedObjects").asText()).isEqualTo("Telefoon mee te geven aan Zwitserland");
        Response inThePast = api.completeAnswer("kmar", reference, "Task_ArrangeSurrender", Map.of(
                "surrenderDate", daysAgo(1), "surrenderPlace", "Schiphol", "escort", "KMar"));
        assertThat(inThePast.status()).as("a surrender cannot be agreed for yesterday").isEqualTo(400);
        api.complete("kmar", reference, "Task_ArrangeSurrender", Map.of("surrenderDate", daysAgo(0),
                "surrenderPlace", "Schiphol", "escort", "KMar Brigade Schiphol"));

        JsonNode arranged = api.status(reference);
        JsonNode confirm = openTask(arranged, "Task_ConfirmSurrender");
        assertThat(confirm.path("due").asText()).as("confirmed by the end of the agreed day").isEqualTo(
                LocalDate.now(AMSTERDAM).plusDays(1).atStartOfDay(AMSTERDAM).toInstant().minusSeconds(1).toString());
        assertThat(find(arranged.path("extradition").path("runningDeadlines"), "activityId", "Event_SurrenderNotCarriedOut")
                .path("dueOn").asText()).isEqualTo(daysAgo(-1));

        String instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference)
                .singleResult().getId();
        fire(instance, "Event_SurrenderNotCarriedOut");
        JsonNode missed = api.status(reference);
        assertThat(openTask(missed, "Task_ResolveMissedSurrender").path("candidateGroups")).extracting(JsonNode::asText)
                .containsExactly("airs", "ircAmsterdam");
        JsonNode lastDay = find(missed.path("extradition").path("runningDeadlines"), "activityId", "Event_SurrenderReleaseDue");
        assertThat(lastDay.path("what").asText()).isEqualTo("Uiterste dag: invrijheidstelling");
        assertThat(lastDay.path("dueOn").asText()).as("ECE art. 18(4): released 30 days after the agreed date")
                .isEqualTo(daysAgo(-30));
        JsonNode possible = find(missed.path("extradition").path("runningDeadlines"), "activityId",
                "Event_SurrenderReleasePossible");
        assertThat(possible.path("dueOn").asText()).as("ECE art. 18(4): release possible 15 days after it")
                .isEqualTo(daysAgo(-15));
        assertThat(possible.path("kind").asText()).isEqualTo("WARNING");
        Response releasedByAirs = api.completeAnswer("airs", reference, "Task_ResolveMissedSurrender",
                Map.of("missedSurrenderAction", "RELEASE", "reason", "Niet opgehaald"));
        assertThat(releasedByAirs.status()).as("only the officier van justitie ends detention").isEqualTo(400);
        assertThat(releasedByAirs.body().path("field").asText()).isEqualTo("missedSurrenderAction");
        api.complete("ircamsterdam", reference, "Task_ResolveMissedSurrender",
                Map.of("missedSurrenderAction", "RELEASE", "reason", "Zwitserland haalt de persoon niet op"));

        JsonNode releaseDue = find(api.status(reference).path("extradition").path("runningDeadlines"), "activityId",
                "Task_ReleaseNotTakenOver");
        assertThat(releaseDue.path("dueOn").asText()).as("the release stays a running deadline: the treaty's last day")
                .isEqualTo(daysAgo(-30));
        api.complete("ircamsterdam", reference, "Task_ReleaseNotTakenOver", Map.of("releasedOn", daysAgo(0)));
        JsonNode closed = api.status(reference);
        assertThat(closed.path("outcome").asText()).isEqualTo("LAPSED");
        assertThat(closed.path("extradition").path("releasedOn").asText()).isEqualTo(daysAgo(0));
        assertThat(closed.path("extradition").path("handedOverOn").isNull()).isTrue();
    }

    @Test
    void aSwissArrestRunsOnTheJudgesOrdersAndConsentOnDayFiveLeadsToTheOfficiersDecisionWithoutAFormalRequest() {
        String reference = api.register("lirc", incoming("CH", "PROVISIONAL_ARREST_ALERT", "CH"));
        api.complete("ircamsterdam", reference, "Task_RecordProvisionalArrest",
                Map.of("arrestedOn", daysAgo(5), "arrestPlace", "Schiphol"));

        JsonNode arrested = api.status(reference);
        JsonNode deadlines = arrested.path("extradition").path("runningDeadlines");
        // ECE art. 16(4): release possible from day 18, compulsory by day 40.
        assertThat(find(deadlines, "activityId", "Event_CustodyReviewDue").path("dueOn").asText()).isEqualTo(daysAgo(-13));
        assertThat(find(deadlines, "activityId", "Event_FormalRequestDeadlineExpired").path("dueOn").asText())
                .isEqualTo(daysAgo(-35));
        JsonNode hearing = openTask(arrested, "Task_BringBeforeExaminingJudge");
        assertThat(hearing.path("candidateGroups")).extracting(JsonNode::asText).containsExactly("ircAmsterdam");
        assertThat(arrested.path("extradition").path("custody").path("title").asText()).isEqualTo("INVERZEKERINGSTELLING");
        assertThat(find(deadlines, "activityId", "Task_BringBeforeExaminingJudge").path("passed").asBoolean())
                .as("the inverzekeringstelling ended on day 3").isTrue();

        assertThat(api.completeAnswer("ircamsterdam", reference, "Task_BringBeforeExaminingJudge", Map.of(
                "examiningJudgeHeardOn", daysAgo(2), "custodyContinues", "true", "consentBeforeFormalRequest", "false"))
                .body().path("field").asText()).as("a bewaring needs its order").isEqualTo("custodyOrderDocument");
        Response heardTooLate = api.completeAnswer("ircamsterdam", reference, "Task_BringBeforeExaminingJudge", Map.of(
                "examiningJudgeHeardOn", daysAgo(0), "custodyContinues", "true", "custodyOrderDocument", "RC 26/4411",
                "consentBeforeFormalRequest", "true", "consentDocument", "PV RC 26/4411-I"));
        assertThat(heardTooLate.status()).as("day 5 is after the inverzekeringstelling's three days").isEqualTo(400);
        assertThat(heardTooLate.body().path("field").asText()).isEqualTo("examiningJudgeHeardOn");
        Response extendedAfterItsEnd = api.completeAnswer("ircamsterdam", reference, "Task_BringBeforeExaminingJudge",
                Map.of("inverzekeringstellingExtended", "true", "custodyExtendedOn", daysAgo(1),
                        "custodyExtensionDocument", "OvJ-VERL-26/311"));
        assertThat(extendedAfterItsEnd.body().path("field").asText()).as("extended before it ends, not after")
                .isEqualTo("custodyExtendedOn");
        // UW art. 14(5): the officier extended it on day 3 by three days, to day 6.
        api.complete("ircamsterdam", reference, "Task_BringBeforeExaminingJudge", Map.of(
                "inverzekeringstellingExtended", "true", "custodyExtendedOn", daysAgo(2),
                "custodyExtensionDocument", "OvJ-VERL-26/311"));
        JsonNode extendedCustody = api.status(reference);
        assertThat(extendedCustody.path("extradition").path("custody").path("endsOn").asText()).isEqualTo(daysAgo(-1));
        assertThat(extendedCustody.path("extradition").path("custody").path("document").asText()).isEqualTo("OvJ-VERL-26/311");
        JsonNode hearingAgain = find(extendedCustody.path("extradition").path("runningDeadlines"), "activityId",
                "Task_BringBeforeExaminingJudge");
        assertThat(hearingAgain.path("dueOn").asText()).isEqualTo(daysAgo(-1));
        assertThat(hearingAgain.path("passed").asBoolean()).isFalse();
        assertThat(api.completeAnswer("ircamsterdam", reference, "Task_BringBeforeExaminingJudge", Map.of(
                "inverzekeringstellingExtended", "true", "custodyExtendedOn", daysAgo(0),
                "custodyExtensionDocument", "OvJ-VERL-26/312")).body().path("field").asText())
                .as("extended once").isEqualTo("inverzekeringstellingExtended");
        // Consent before the rechter-commissaris on day 5 (UW art. 41): the officier decides without a formal request.
        api.complete("ircamsterdam", reference, "Task_BringBeforeExaminingJudge", Map.of("examiningJudgeHeardOn",
                daysAgo(0), "custodyContinues", "true", "custodyOrderDocument", "RC 26/4411",
                "consentBeforeFormalRequest", "true", "consentDocument", "PV RC 26/4411-I"));
        JsonNode bewaring = api.status(reference);
        openTask(bewaring, "Task_DecideOnSimplifiedSurrender");
        assertThat(bewaring.path("extradition").path("runningDeadlines")).extracting(d -> d.path("activityId").asText())
                .as("the formal-request deadlines end; the detention order runs on")
                .containsExactly("Task_ReviewCustodyOrder");
        JsonNode custody = bewaring.path("extradition").path("custody");
        assertThat(custody.path("title").asText()).isEqualTo("BEWARING");
        assertThat(custody.path("orderedBy").asText()).isEqualTo("EXAMINING_JUDGE");
        assertThat(custody.path("document").asText()).isEqualTo("RC 26/4411");
        JsonNode review = find(bewaring.path("extradition").path("runningDeadlines"), "activityId", "Task_ReviewCustodyOrder");
        assertThat(review.path("dueOn").asText()).isEqualTo(custody.path("endsOn").asText());
        assertThat(review.path("passed").asBoolean()).isFalse();

        Response prosecutorExtends = api.completeAnswer("ircamsterdam", reference, "Task_ReviewCustodyOrder", Map.of(
                "custodyContinues", "true", "newCustodyTitle", "GEVANGENHOUDING", "custodyOrderedBy", "PROSECUTOR",
                "custodyOrderedOn", daysAgo(0), "custodyOrderDocument", "OM-1"));
        assertThat(prosecutorExtends.status()).as("only a judge continues detention").isEqualTo(400);
        Response tooLong = api.completeAnswer("ircamsterdam", reference, "Task_ReviewCustodyOrder", Map.of(
                "custodyContinues", "true", "newCustodyTitle", "GEVANGENHOUDING", "custodyOrderedBy", "COURT",
                "custodyOrderedOn", daysAgo(0), "custodyOrderDocument", "RK 26/77", "custodyOrderEndsOn", daysAgo(-31)));
        assertThat(tooLong.status()).as("gevangenhouding runs 30 days at a time (UW art. 38(3))").isEqualTo(400);
        api.complete("ircamsterdam", reference, "Task_ReviewCustodyOrder", Map.of("custodyContinues", "true",
                "newCustodyTitle", "GEVANGENHOUDING", "custodyOrderedBy", "COURT", "custodyOrderedOn", daysAgo(0),
                "custodyOrderDocument", "RK 26/77"));
        JsonNode extended = api.status(reference).path("extradition");
        assertThat(extended.path("custody").path("endsOn").asText()).isEqualTo(daysAgo(-30));
        assertThat(find(extended.path("runningDeadlines"), "activityId", "Task_ReviewCustodyOrder").path("dueOn").asText())
                .isEqualTo(daysAgo(-30));

        api.complete("ircamsterdam", reference, "Task_DecideOnSimplifiedSurrender",
                Map.of("surrenderAllowed", "true", "decisionDate", daysAgo(0), "surrenderedForOffences",
                        "Invoer van cocaïne", "reason", "Instemming, UW art. 41-42"));
        api.complete("kmar", reference, "Task_ArrangeSurrender", Map.of("surrenderDate", daysAgo(0),
                "surrenderPlace", "Schiphol", "escort", "KMar Brigade Schiphol"));
        api.complete("kmar", reference, "Task_ConfirmSurrender", Map.of("handedOverOn", daysAgo(0)));

        JsonNode closed = api.status(reference);
        assertThat(closed.path("outcome").asText()).isEqualTo("SURRENDERED");
        assertThat(closed.path("openTasks")).as("the custody track ends with the case").isEmpty();
        assertThat(closed.path("extradition").path("custodyKept").asBoolean()).isFalse();
    }

    @Test
    void consentRecordedAtTheHearingAfterTheArrestIsTheConsentTheOfficierDecidesOn() {
        String reference = api.register("lirc", incoming("CH", "PROVISIONAL_ARREST_ALERT", "CH"));
        api.complete("ircamsterdam", reference, "Task_RecordProvisionalArrest",
                Map.of("arrestedOn", daysAgo(2), "arrestPlace", "Schiphol"));
        assertThat(api.completeAnswer("ircamsterdam", reference, "Task_BringBeforeExaminingJudge", Map.of(
                "examiningJudgeHeardOn", daysAgo(0), "custodyContinues", "true", "custodyOrderDocument", "RC 26/4412",
                "consentBeforeFormalRequest", "true")).body().path("field").asText())
                .as("UW art. 41: consent is laid down in a record").isEqualTo("consentDocument");
        api.complete("ircamsterdam", reference, "Task_BringBeforeExaminingJudge", Map.of("examiningJudgeHeardOn",
                daysAgo(0), "custodyContinues", "true", "custodyOrderDocument", "RC 26/4412",
                "consentBeforeFormalRequest", "true", "consentDocument", "PV RC 26/4412-I"));

        JsonNode consented = api.status(reference);
        openTask(consented, "Task_DecideOnSimplifiedSurrender");
        assertThat(consented.path("extradition").path("consentToSimplifiedExtradition").asBoolean()).isTrue();
        assertThat(consented.path("extradition").path("consentGivenOn").asText()).as("at the hearing, day 2 after the arrest")
                .isEqualTo(daysAgo(0));
        assertThat(deliver("airs", reference, Map.of("kind", "FORMAL_REQUEST", "summary", "te laat nodig")).status())
                .as("nothing waits for a formal request any more").isEqualTo(409);
    }

    @Test
    void consentUpToTheDayBeforeTheCourtHearingTakesThePlaceOfTheRulingAndOnTheHearingDayIsTooLate() {
        String reference = swissFormalRequestBeforeTheCourt(daysAgo(0));

        Response onTheHearingDay = api.completeAnswer("ircamsterdam", reference, "Task_RecordCourtDecision", Map.of(
                "consentBeforeCourtHearing", "true", "consentGivenOn", daysAgo(0), "consentDocument", "PV RC 26/5120"));
        assertThat(onTheHearingDay.status()).as("UW art. 41: at the latest the day before the hearing").isEqualTo(400);
        assertThat(onTheHearingDay.body().path("field").asText()).isEqualTo("consentGivenOn");
        Response unrecorded = api.completeAnswer("ircamsterdam", reference, "Task_RecordCourtDecision",
                Map.of("consentBeforeCourtHearing", "true", "consentGivenOn", daysAgo(1)));
        assertThat(unrecorded.status()).as("consent is laid down in the rechter-commissaris' record").isEqualTo(400);
        assertThat(unrecorded.body().path("field").asText()).isEqualTo("consentDocument");

        api.complete("ircamsterdam", reference, "Task_RecordCourtDecision", Map.of(
                "consentBeforeCourtHearing", "true", "consentGivenOn", daysAgo(1), "consentDocument", "PV RC 26/5120"));
        JsonNode consented = api.status(reference);
        openTask(consented, "Task_DecideOnSimplifiedSurrender");
        assertThat(consented.path("extradition").path("consentToSimplifiedExtradition").asBoolean()).isTrue();
        assertThat(consented.path("extradition").path("consentGivenOn").asText()).isEqualTo(daysAgo(1));
        assertThat(consented.path("extradition").path("documents").path("consent").asText()).isEqualTo("PV RC 26/5120");
        assertThat(consented.path("extradition").path("courtFindsAdmissible").isNull()).as("the court did not rule").isTrue();
        assertThat(api.user("ircamsterdam").get("/requests/" + reference).body().asText()).contains("PV RC 26/5120");
    }

    @Test
    void aDutchNationalWantedByTheUaeToServeASentenceIsRefusedAndTheOfferToTakeOverTheSentenceIsFollowedUp() {
        Map<String, Object> body = incoming("AE", "FORMAL_REQUEST", "NL");
        body.put("purpose", "SENTENCE_ENFORCEMENT");
        String reference = api.register("airs", body);
        api.complete("ircamsterdam", reference, "Task_RecordArrestOnFormalRequest",
                Map.of("arrestedOnFormalRequest", "false"));
        api.complete("airs", reference, "Task_AssessAsCentralAuthority",
                Map.of("centralAuthorityAccepts", "true", "reason", "Verdrag NL-VAE"));
        api.complete("airs", reference, "Task_InformRequestingStateOfRefusal", Map.of("informedOn", daysAgo(0)));
        api.complete("airs", reference, "Task_OfferEnforcementTransfer", Map.of("enforcementTransfer", "OFFERED",
                "offeredOn", daysAgo(0), "reason", "Overname aangeboden bij note verbale"));

        JsonNode offered = api.status(reference);
        assertThat(offered.path("outcome").isNull()).as("the offer is not the end of the case").isTrue();
        openTask(offered, "Task_RecordEnforcementTransferAnswer");
        Response withoutReference = api.completeAnswer("airs", reference, "Task_RecordEnforcementTransferAnswer",
                Map.of("enforcementTransferAnswer", "REQUESTED", "enforcementTransferAnsweredOn", daysAgo(0),
                        "reason", "Verzoek tot overname ontvangen"));
        assertThat(withoutReference.status()).isEqualTo(400);
        assertThat(withoutReference.body().path("field").asText()).isEqualTo("enforcementTransferRequestReference");
        api.complete("airs", reference, "Task_RecordEnforcementTransferAnswer", Map.of("enforcementTransferAnswer",
                "REQUESTED", "enforcementTransferAnsweredOn", daysAgo(0), "enforcementTransferRequestReference",
                "WOTS-2026-0042", "reason", "Verzoek tot overname ontvangen"));

        JsonNode closed = api.status(reference);
        assertThat(closed.path("outcome").asText()).isEqualTo("REFUSED");
        assertThat(closed.path("extradition").path("enforcementTransfer").asText()).isEqualTo("REQUESTED");
        assertThat(closed.path("extradition").path("documents").path("enforcementTransferRequest").asText())
                .isEqualTo("WOTS-2026-0042");
        assertThat(api.user("airs").get("/requests/" + reference).body().asText())
                .contains("vraagt om overname", "WOTS-2026-0042");
    }

    @Test
    void consentGivenWhereTheRechterCommissarisExtendsTheBewaringEndsTheWaitForTheFormalRequest() {
        String reference = api.register("lirc", incoming("CH", "PROVISIONAL_ARREST_ALERT", "CH"));
        api.complete("ircamsterdam", reference, "Task_RecordProvisionalArrest",
                Map.of("arrestedOn", daysAgo(2), "arrestPlace", "Schiphol"));
        api.complete("ircamsterdam", reference, "Task_BringBeforeExaminingJudge", Map.of("examiningJudgeHeardOn",
                daysAgo(1), "custodyContinues", "true", "custodyOrderDocument", "RC 26/6001",
                "consentBeforeFormalRequest", "false"));
        Map<String, Object> review = new HashMap<>(Map.of("custodyContinues", "true", "newCustodyTitle", "BEWARING",
                "custodyOrderedBy", "EXAMINING_JUDGE", "custodyOrderedOn", daysAgo(0), "custodyOrderDocument",
                "RC 26/6002", "consentAtReview", "true"));
        assertThat(api.completeAnswer("ircamsterdam", reference, "Task_ReviewCustodyOrder", review).body()
                .path("field").asText()).isEqualTo("consentDocument");
        review.put("consentDocument", "PV RC 26/6002-I");
        api.complete("ircamsterdam", reference, "Task_ReviewCustodyOrder", review);

        JsonNode consented = api.status(reference);
        openTask(consented, "Task_DecideOnSimplifiedSurrender");
        openTask(consented, "Task_ReviewCustodyOrder");
        assertThat(consented.path("extradition").path("consentGivenOn").asText()).isEqualTo(daysAgo(0));
        assertThat(consented.path("extradition").path("documents").path("consent").asText()).isEqualTo("PV RC 26/6002-I");
        assertThat(consented.path("extradition").path("custody").path("document").asText()).isEqualTo("RC 26/6002");
    }

    @Test
    void theCourtsAdviceReachesTheMinisterAndAWaiverOfCassationByBothSidesMakesTheRulingFinal() {
        String reference = swissFormalRequestBeforeTheCourt(daysAgo(1));
        api.complete("ircamsterdam", reference, "Task_RecordCourtDecision", Map.of("extraditionAdmissible", "true",
                "decisionDate", daysAgo(0), "decisionDocument", "ECLI:NL:RBAMS:2026:7001", "admissibleOffences",
                "Witwassen", "courtAdviceToMinister", "Toestaan; de gezondheid van de opgeëiste persoon weegt mee",
                "reason", "Dubbele strafbaarheid voor witwassen"));
        assertThat(api.status(reference).path("extradition").path("courtAdvice").asText())
                .isEqualTo("Toestaan; de gezondheid van de opgeëiste persoon weegt mee");

        api.complete("ircamsterdam", reference, "Task_RecordCassationAppeal",
                Map.of("cassationLodgedBy", "WAIVED", "cassationWaiverDocument", "Akte van afstand 26/88"));
        JsonNode waived = api.status(reference);
        assertThat(waived.path("extradition").path("cassationLodgedBy").asText()).isEqualTo("WAIVED");
        assertThat(waived.path("extradition").path("documents").path("cassationWaiver").asText())
                .isEqualTo("Akte van afstand 26/88");
        String advise = openTask(waived, "Task_AdviseMinister").path("id").asText();
        assertThat(api.user("airs").get("/engine-rest/task/" + advise + "/form-variables").body()
                .path("courtAdviceToMinister").path("value").asText()).as("the Minister's advisers read the court's")
                .isEqualTo("Toestaan; de gezondheid van de opgeëiste persoon weegt mee");
        assertThat(api.user("airs").get("/requests/" + reference).body().asText())
                .contains("Advies van de rechtbank aan de Minister", "Akte van afstand 26/88");
    }

    @Test
    void aPersonReleasedBeforeTheFormalRequestIsArrestedAgainWhenItComesAndTheNewInverzekeringstellingCanBeExtended() {
        String reference = api.register("lirc", incoming("CH", "PROVISIONAL_ARREST_ALERT", "CH"));
        api.complete("ircamsterdam", reference, "Task_RecordProvisionalArrest",
                Map.of("arrestedOn", daysAgo(3), "arrestPlace", "Schiphol"));
        api.complete("ircamsterdam", reference, "Task_BringBeforeExaminingJudge", Map.of(
                "inverzekeringstellingExtended", "true", "custodyExtendedOn", daysAgo(0),
                "custodyExtensionDocument", "OvJ-VERL-26/400"));
        api.complete("ircamsterdam", reference, "Task_BringBeforeExaminingJudge", Map.of("examiningJudgeHeardOn",
                daysAgo(0), "custodyContinues", "true", "custodyOrderDocument", "RC 26/7001",
                "consentBeforeFormalRequest", "false"));
        fire(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference).singleResult().getId(),
                "Event_CustodyReviewDue");
        api.complete("ircamsterdam", reference, "Task_DecideOnCustody", Map.of("custodyDecidedBy", "EXAMINING_JUDGE",
                "keepInCustody", "false", "custodyDecidedOn", daysAgo(0), "custodyDecisionDocument", "RC 26/7002",
                "reason", "Geen formeel verzoek; vrijgelaten"));

        assertThat(deliver("airs", reference, Map.of("kind", "FORMAL_REQUEST", "summary", "Formeel verzoek")).status())
                .isEqualTo(202);
        openTask(api.status(reference), "Task_RecordArrestOnLateFormalRequest");
        api.complete("ircamsterdam", reference, "Task_RecordArrestOnLateFormalRequest",
                Map.of("arrestedAgain", "true", "arrestedAgainOn", daysAgo(0)));
        api.complete("ircamsterdam", reference, "Task_BringBeforeExaminingJudge", Map.of(
                "inverzekeringstellingExtended", "true", "custodyExtendedOn", daysAgo(0),
                "custodyExtensionDocument", "OvJ-VERL-26/401"));

        JsonNode rearrested = api.status(reference);
        assertThat(rearrested.path("extradition").path("custody").path("title").asText()).isEqualTo("INVERZEKERINGSTELLING");
        assertThat(rearrested.path("extradition").path("custody").path("endsOn").asText())
                .as("the new arrest's three days and one extension of three").isEqualTo(daysAgo(-6));
        openTask(rearrested, "Task_AssessAsCentralAuthority");
    }

    @Test
    void airsClosesACaseWhoseFormalRequestDidNotComeAfterTheReleaseAndTheCasePageSaysWhy() {
        String reference = api.register("lirc", incoming("CH", "PROVISIONAL_ARREST_ALERT", "CH"));
        api.complete("ircamsterdam", reference, "Task_RecordProvisionalArrest",
                Map.of("arrestedOn", daysAgo(45), "arrestPlace", "Schiphol"));
        String instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference)
                .singleResult().getId();
        fire(instance, "Event_FormalRequestDeadlineExpired");
        api.complete("ircamsterdam", reference, "Task_ReleasePerson", Map.of("releasedOn", daysAgo(5)));
        fire(instance, "Event_LateFormalRequestReviewDue");
        assertThat(api.completeAnswer("airs", reference, "Task_ReviewLateFormalRequest", Map.of("keepOpen", false))
                .status()).as("closing needs its reason").isEqualTo(400);
        api.complete("airs", reference, "Task_ReviewLateFormalRequest", Map.of("keepOpen", false,
                "reason", "Zwitserland heeft laten weten geen formeel verzoek te sturen"));

        JsonNode closed = api.status(reference);
        assertThat(closed.path("outcome").asText()).isEqualTo("LAPSED");
        assertThat(closed.path("extradition").path("documents").path("closedWithoutFormalRequest").asText())
                .isEqualTo("Zwitserland heeft laten weten geen formeel verzoek te sturen");
        assertThat(api.user("airs").get("/requests/" + reference).body().asText())
                .contains("Afgesloten zonder formeel verzoek", "geen formeel verzoek te sturen");
    }

    @Test
    void theLircRegistersASwissAlertInTheTasklistStartFormThroughTheSameIntake() {
        String start = "/engine-rest/process-definition/key/IncomingExtraditionRequestProcess/submit-form";
        Map<String, Object> form = new HashMap<>();
        form.put("arrivedAs", "PROVISIONAL_ARREST_ALERT");
        form.put("foreignReference", "CH-BJ-" + UUID.randomUUID());
        form.put("requestingState", "CH");
        form.put("requestingAuthority", "Bundesamt für Justiz");
        form.put("competentIrc", "ircAmsterdam");
        form.put("summaryOfFacts", "Fraud through Zurich shell companies");
        form.put("offences", "fraud");
        form.put("offenceCategory", "FISCAL_FRAUD");
        form.put("purpose", "PROSECUTION");
        form.put("personName", "P. Meier");
        form.put("personNationality", "CH");

        Response invalid = api.user("lirc").post(start, startVariables(Map.of("arrivedAs", "PROVISIONAL_ARREST_ALERT",
                "requestingState", "CH")));
        assertThat(invalid.status()).as("the intake's own checks: %s", invalid.body()).isEqualTo(400);
        Map<String, Object> withReference = new HashMap<>(startVariables(form));
        withReference.put("businessKey", "RH-2026-999999");
        assertThat(api.user("lirc").post(start, withReference).status())
                .as("the register gives the reference, not the caller").isEqualTo(403);
        Map<String, Object> withDecision = new HashMap<>(form);
        withDecision.put("formalRequestDays", 400);
        Response smuggled = api.user("lirc").post(start, startVariables(withDecision));
        assertThat(smuggled.status()).as("only the start form's fields").isEqualTo(400);
        assertThat(smuggled.body().path("field").asText()).isEqualTo("formalRequestDays");
        assertThat(api.user("politie").post(start, startVariables(form)).status())
                .as("not the police's to register").isIn(403, 404);

        Response started = api.user("lirc").post(start, startVariables(form));
        assertThat(started.status()).as("start form: %s", started.body()).isEqualTo(200);
        String reference = started.body().path("businessKey").asText();
        JsonNode alert = api.status(reference);
        assertThat(alert.path("type").asText()).isEqualTo("EXTRADITION");
        assertThat(alert.path("receivingAuthority").asText()).isEqualTo("lirc");
        assertThat(alert.path("urgency").asText()).as("an alert asks for arrest").isEqualTo("DETAINED");
        assertThat(alert.path("extradition").path("arrivedAs").asText()).isEqualTo("PROVISIONAL_ARREST_ALERT");
        assertThat(openTask(alert, "Task_RecordProvisionalArrest").path("candidateGroups")).extracting(JsonNode::asText)
                .containsExactly("ircAmsterdam");
        assertThat(runtimeService.getVariables(started.body().path("id").asText()))
                .containsEntry("reference", reference).containsEntry("owningIrc", "ircAmsterdam")
                .doesNotContainKeys("personName", "summaryOfFacts", "foreignReference");

        Map<String, Object> formal = new HashMap<>(form);
        formal.put("arrivedAs", "FORMAL_REQUEST");
        formal.put("foreignReference", "CH-BJ-" + UUID.randomUUID());
        Response byAirs = api.user("airs").post(start, startVariables(formal));
        assertThat(byAirs.status()).as("AIRS registers a formal request: %s", byAirs.body()).isEqualTo(200);
        openTask(api.status(byAirs.body().path("businessKey").asText()), "Task_AssessAsCentralAuthority");
    }

    private static Map<String, Object> startVariables(Map<String, Object> values) {
        Map<String, Object> variables = new HashMap<>();
        values.forEach((name, value) -> variables.put(name, Map.of("value", value)));
        return Map.of("variables", variables);
    }

    private void fire(String processInstanceId, String timerActivityId) {
        managementService.executeJob(managementService.createJobQuery().processInstanceId(processInstanceId)
                .activityId(timerActivityId).singleResult().getId());
    }

    @Test
    void withoutABasisInTheRegisterAirsAssessesAndRefusesWithItsReason() {
        String reference = api.register("airs", incoming("TW", "FORMAL_REQUEST", "TW"));
        JsonNode assessed = api.status(reference);
        assertThat(assessed.path("legalBasis").asText()).startsWith("Geen verdragsbasis gevonden in het register");
        assertThat(assessed.path("outcome").isNull()).as("not refused for want of a row").isTrue();
        api.complete("airs", reference, "Task_AssessWithoutTreatyBasis",
                Map.of("basisFoundByAirs", "false", "assessmentReason", "Geen verdrag en geen VN-feit"));

        JsonNode refused = api.status(reference);
        assertThat(refused.path("decisions").toString()).contains("Geen verdrag en geen VN-feit");
        JsonNode task = openTask(refused, "Task_InformRequestingStateOfRefusal");
        assertThat(api.user("airs").get("/engine-rest/task/" + task.path("id").asText() + "/form-variables").body()
                .path("refusalGround").path("value").asText()).isEqualTo("NO_TREATY_BASIS");
        api.complete("airs", reference, "Task_InformRequestingStateOfRefusal", Map.of("informedOn", daysAgo(0)));
        assertThat(api.status(reference).path("outcome").asText()).isEqualTo("REFUSED");
    }

    @Test
    void anOutgoingRequestToTheUaeRunsFromRedNoticeThroughTheSixtyDaysToTransfer() {
        String reference = registerOutgoingToTheUae();
        assertThat(api.status(reference).path("legalBasis").asText()).contains("Trb. 2021, 117");
        OutgoingRequests.completeUaeDraft(api.user("ircamsterdam"), reference);

        Response noWarrant = api.completeAnswer("ircamsterdam", reference, "Task_RecordDutchWarrant",
                Map.of("dutchWarrantKind", "EXAMINING_JUDGE_WARRANT", "dutchWarrantIssuedOn", daysAgo(2)));
        assertThat(noWarrant.status()).as("the warrant's reference is required").isEqualTo(400);
        api.complete("ircamsterdam", reference, "Task_RecordDutchWarrant", Map.of("dutchWarrantKind",
                "EXAMINING_JUDGE_WARRANT", "dutchWarrantIssuedOn", daysAgo(2), "dutchWarrantDocument", "RC-AMS 26/881"));
        api.complete("ircamsterdam", reference, "Task_RequestProvisionalArrest",
                Map.of("arrestRequestChannel", "INTERPOL_RED_NOTICE", "requestedOn", daysAgo(0)));
        assertThat(api.status(reference).path("clock").asText()).isEqualTo("ABROAD");
        assertThat(deliver("ircamsterdam", reference, Map.of("kind", "PERSON_ARRESTED", "occurredOn", daysAgo(-1),
                "summary", "Arrested in Dubai")).status()).as("an arrest after the message came").isEqualTo(400);
        assertThat(deliver("ircamsterdam", reference, Map.of("kind", "PERSON_ARRESTED", "occurredOn", daysAgo(5),
                "summary", "Arrested in Dubai on the red notice")).status()).isEqualTo(202);

        JsonNode arrested = api.status(reference);
        JsonNode deadlines = arrested.path("extradition").path("runningDeadlines");
        assertThat(find(deadlines, "kind", "DEADLINE").path("dueOn").asText()).isEqualTo(daysAgo(-55));
        assertThat(find(deadlines, "kind", "WARNING").path("what").asText()).isEqualTo("Termijn formeel verzoek nadert");
        assertThat(find(deadlines, "kind", "WARNING").path("dueOn").asText()).isEqualTo(daysAgo(-25));
        assertThat(openTask(arrested, "Task_PrepareFormalRequest").path("due").asText())
                .as("the officer's due date is the escalation, day 30")
                .isEqualTo(LocalDate.now(AMSTERDAM).plusDays(25).atStartOfDay(AMSTERDAM).toInstant().toString());

        Response untranslated = api.completeAnswer("ircamsterdam", reference, "Task_PrepareFormalRequest",
                Map.of("documentsAttached", true));
        assertThat(untranslated.status()).as("the UAE refuses a request in Dutch").isEqualTo(400);
        assertThat(untranslated.body().toString()).contains("Vertaling");
        assertThat(api.user("ircamsterdam").upload("/api/requests/" + reference + "/documents",
                Map.of("kind", "TRANSLATION", "language", "en"), "verzoek-en.pdf", OutgoingRequests.pdf("en"))
                .status()).isEqualTo(201);
        api.complete("ircamsterdam", reference, "Task_PrepareFormalRequest", Map.of("documentsAttached", true));
        api.complete("airs", reference, "Task_ReviewAndTransmitFormalRequest",
                Map.of("formalRequestApproved", "true", "transmittedOn", daysAgo(0)));
        JsonNode transmitted = api.status(reference);
        assertThat(transmitted.path("stage").asText()).isEqualTo("WAITING_ABROAD");
        assertThat(transmitted.path("extradition").path("runningDeadlines")).isEmpty();

        assertThat(deliver("ircamsterdam", reference, Map.of("kind", "FINAL_REPLY", "summary", "Extradition granted"))
                .status()).isEqualTo(202);
        Map<String, Object> decision = new HashMap<>(Map.of("foreignDecision", "GRANTED_WITH_CONDITIONS",
                "decisionDate", daysAgo(0), "conditions", "Geen levenslange gevangenisstraf",
                "reason", "Verdrag art. 60 dagen gehaald"));
        assertThat(api.completeAnswer("ircamsterdam", reference, "Task_RecordForeignDecision", decision).body()
                .path("field").asText()).as("speciality: what the state granted").isEqualTo("grantedOffences");
        decision.put("grantedOffences", "Invoer van 400 kg cocaïne");
        api.complete("ircamsterdam", reference, "Task_RecordForeignDecision", decision);
        api.complete("kmar", reference, "Task_ArrangeTransfer", Map.of("transferDate", daysAgo(0), "transferPlace", "Dubai"));
        api.complete("kmar", reference, "Task_ConfirmTransfer", Map.of("handedOverOn", daysAgo(0)));
        assertThat(api.status(reference).path("outcome").isNull()).as("open until the trial prosecutor has the conditions")
                .isTrue();
        api.complete("ircamsterdam", reference, "Task_PassConditionsToTrialProsecutor",
                Map.of("trialProsecutor", "mr. B. Jansen", "conditionsPassedOn", daysAgo(0)));

        JsonNode closed = api.status(reference);
        assertThat(closed.path("extradition").path("dutchWarrant").path("document").asText()).isEqualTo("RC-AMS 26/881");
        assertThat(closed.path("extradition").path("conditionsPassedOn").asText()).isEqualTo(daysAgo(0));
        assertThat(closed.path("extradition").path("trialProsecutor").asText()).isEqualTo("mr. B. Jansen");
        assertThat(closed.path("extradition").path("admissibleOffences").asText()).isEqualTo("Invoer van 400 kg cocaïne");
        assertThat(closed.path("outcome").asText()).isEqualTo("SURRENDERED");
        assertThat(closed.path("extradition").path("arrestRequestChannel").asText()).isEqualTo("INTERPOL_RED_NOTICE");
        assertThat(closed.path("extradition").path("arrestedOn").asText()).isEqualTo(daysAgo(5));
        assertThat(closed.path("extradition").path("foreignDecision").asText()).isEqualTo("GRANTED_WITH_CONDITIONS");
        assertThat(closed.path("extradition").path("conditions").asText()).contains("levenslange");
    }

    @Test
    void aReleaseByTheRequestedStateBeforeOurFormalRequestIsRecordedAndTheFormalRequestStillGoes() {
        String reference = registerOutgoingToTheUae();
        OutgoingRequests.completeUaeDraft(api.user("ircamsterdam"), reference);
        api.complete("ircamsterdam", reference, "Task_RecordDutchWarrant", Map.of("dutchWarrantKind",
                "EXAMINING_JUDGE_WARRANT", "dutchWarrantIssuedOn", daysAgo(30), "dutchWarrantDocument", "RC-AMS 26/902"));
        api.complete("ircamsterdam", reference, "Task_RequestProvisionalArrest",
                Map.of("arrestRequestChannel", "INTERPOL_RED_NOTICE", "requestedOn", daysAgo(25)));
        assertThat(deliver("ircamsterdam", reference, Map.of("kind", "PERSON_RELEASED", "summary", "?")).status())
                .as("nobody is held abroad yet").isEqualTo(409);
        assertThat(deliver("ircamsterdam", reference, Map.of("kind", "PERSON_ARRESTED", "occurredOn", daysAgo(20),
                "summary", "Arrested in Dubai")).status()).isEqualTo(202);

        assertThat(deliver("ircamsterdam", reference, Map.of("kind", "PERSON_RELEASED", "occurredOn", daysAgo(1),
                "summary", "Released on bail pending the formal request")).status()).isEqualTo(202);
        String release = openTask(api.status(reference), "Task_RecordReleaseAbroad").path("id").asText();
        assertThat(api.user("ircamsterdam").get("/engine-rest/task/" + release + "/form-variables").body()
                .path("releasedOn").path("value").asText()).as("the day the requested state reported").isEqualTo(daysAgo(1));
        api.complete("ircamsterdam", reference, "Task_RecordReleaseAbroad", Map.of("releasedOn", daysAgo(1),
                "formalRequestStillSent", "true", "reason", "Formeel verzoek wordt vertaald"));

        JsonNode released = api.status(reference);
        assertThat(released.path("extradition").path("releasedOn").asText()).isEqualTo(daysAgo(1));
        openTask(released, "Task_PrepareFormalRequest");
        assertThat(released.path("outcome").isNull()).isTrue();
    }

    /** A Swiss formal request, the person not held, no consent at the hearing: the court is seized for its hearing. */
    private String swissFormalRequestBeforeTheCourt(String courtHearingOn) {
        String reference = api.register("airs", incoming("CH", "FORMAL_REQUEST", "CH"));
        api.complete("ircamsterdam", reference, "Task_RecordArrestOnFormalRequest",
                Map.of("arrestedOnFormalRequest", "false"));
        api.complete("airs", reference, "Task_AssessAsCentralAuthority",
                Map.of("centralAuthorityAccepts", "true", "reason", "Europees Uitleveringsverdrag"));
        api.complete("ircamsterdam", reference, "Task_RecordExaminingJudgeHearing",
                Map.of("hearingDate", LocalDate.parse(courtHearingOn).minusDays(2).toString(),
                        "consentToSimplifiedExtradition", "false"));
        api.complete("ircamsterdam", reference, "Task_ClaimCourtExamination",
                Map.of("court", "Rechtbank Amsterdam", "hearingDate", courtHearingOn));
        return reference;
    }

    private String registerOutgoingToTheUae() {
        Map<String, Object> body = new HashMap<>(incoming("AE", null, "GB"));
        body.remove("requestingState");
        body.remove("foreignReference");
        body.remove("competentIrc");
        body.remove("receivingAuthority");
        body.remove("arrivedAs");
        body.putAll(Map.of("direction", "OUTGOING", "requestedState", "AE", "requestingAuthority", "Arrondissementsparket Amsterdam",
                "investigation", "26Kolibrie-" + UUID.randomUUID(), "officerOfJustice", "mr. A. de Vries"));
        return api.register("ircamsterdam", body);
    }

    @Test
    void colombiaOnTheViennaConventionAndTurkeyThroughTheDiplomaticChannel() {
        for (var state : Map.of("CO", "Wenen 1988", "TR", "Europees Verdrag betreffende uitlevering").entrySet()) {
            Map<String, Object> body = new HashMap<>(incoming(state.getKey(), null, "NL"));
            body.keySet().removeAll(List.of("requestingState", "foreignReference", "competentIrc", "arrivedAs"));
            body.putAll(Map.of("direction", "OUTGOING", "requestedState", state.getKey(),
                    "investigation", "26Condor-" + UUID.randomUUID(), "officerOfJustice", "mr. B. Bakker"));
            JsonNode drafted = api.status(api.register("ircamsterdam", body));
            assertThat(drafted.path("legalBasis").asText()).contains(state.getValue());
            assertThat(drafted.path("extradition").path("channel").asText())
                    .isEqualTo("TR".equals(state.getKey()) ? "DIPLOMATIC" : "CENTRAL_AUTHORITY");
        }
    }

    @Test
    void badExtraditionInputIsRefusedWithTheFieldNamed() {
        Map<String, Object> noPerson = new HashMap<>(incoming("AE", "FORMAL_REQUEST", "NL"));
        noPerson.remove("personSought");
        assertProblem(api.user("airs").post("/api/requests", noPerson), 400, "personSought");
        Map<String, Object> noIrc = new HashMap<>(incoming("AE", "FORMAL_REQUEST", "NL"));
        noIrc.remove("competentIrc");
        assertProblem(api.user("airs").post("/api/requests", noIrc), 400, "competentIrc");
        Map<String, Object> badPurpose = new HashMap<>(incoming("AE", "FORMAL_REQUEST", "NL"));
        badPurpose.put("purpose", "REVENGE");
        assertThat(api.user("airs").post("/api/requests", badPurpose).status()).isEqualTo(400);
        assertThat(api.user("auditor").post("/api/requests", incoming("AE", "FORMAL_REQUEST", "NL")).status())
                .isEqualTo(403);

        String reference = api.register("airs", incoming("AE", "FORMAL_REQUEST", "AE"));
        assertThat(deliver("airs", reference, Map.of("kind", "PERSON_ARRESTED", "summary", "?")).status())
                .as("an incoming request waits for no arrest abroad").isEqualTo(409);
        assertThat(api.user("ircrotterdam").get("/api/requests/" + reference).status())
                .as("another IRC does not see it").isEqualTo(404);
    }

    private static Map<String, Object> incoming(String state, String arrivedAs, String nationality) {
        Map<String, Object> body = new HashMap<>();
        body.put("type", "EXTRADITION");
        body.put("direction", "INCOMING");
        if (arrivedAs != null) {
            body.put("arrivedAs", arrivedAs);
        }
        body.put("foreignReference", state + "-EXT-" + UUID.randomUUID());
        body.put("requestingState", state);
        body.put("requestingAuthority", "Public Prosecution");
        body.put("summaryOfFacts", "Import of 400 kg cocaine through the port of Jebel Ali");
        body.put("offences", "drug trafficking");
        body.put("offenceCategory", "DRUG_TRAFFICKING");
        body.put("purpose", "PROSECUTION");
        body.put("personSought", Map.of("fullName", "J. " + UUID.randomUUID(), "birthDate", "1985-04-12",
                "nationality", nationality));
        body.put("competentIrc", "ircAmsterdam");
        body.put("policySubGoal", "UPSTREAM_DISRUPTION");
        return body;
    }

    private Response deliver(String userId, String reference, Map<String, Object> message) {
        return api.user(userId).post("/api/requests/" + reference + "/messages", message);
    }

    private static String daysAgo(int days) {
        return LocalDate.now(AMSTERDAM).minusDays(days).toString();
    }
}

package nl.rechtshulp.intake;

import static nl.rechtshulp.support.ApiAssertions.assertProblem;
import static nl.rechtshulp.support.ApiAssertions.find;
import static nl.rechtshulp.support.ApiAssertions.openTask;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import nl.rechtshulp.support.EngineTimers;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.rechtshulp.support.ApiClient;
import nl.rechtshulp.support.ApiClient.Response;
import nl.rechtshulp.support.IntegrationTest;
import nl.rechtshulp.support.OutgoingRequests;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Outgoing MLA requests through their real doors: the product's API for drafts and replies, the engine's for tasks. */
@IntegrationTest
class OutgoingRequestApiIntegrationTests {

    @LocalServerPort
    int port;
    @org.springframework.beans.factory.annotation.Autowired
    org.camunda.bpm.engine.ManagementService managementService;
    @org.springframework.beans.factory.annotation.Autowired
    org.camunda.bpm.engine.RuntimeService runtimeService;

    @Test
    void aUaeRequestGoesFromDraftThroughAirsAndTwoRepliesToClosureWithEveryActionFollowedUp() {
        String reference = draft(OutgoingRequests.toUae());
        JsonNode draft = status(reference);
        assertThat(draft.path("direction").asText()).isEqualTo("OUTGOING");
        assertThat(draft.path("requestedState").asText()).isEqualTo("AE");
        assertThat(draft.path("policySubGoal").asText()).isEqualTo("CRIMINAL_MONEY_FLOWS");
        assertThat(draft.path("phenomenon").asText()).isEqualTo("COCAINE");
        assertThat(draft.path("legalBasis").asText()).contains("Trb. 2021, 116");
        assertThat(draft.path("route").asText()).isEqualTo("CENTRAL_AUTHORITY");
        OutgoingRequests.completeUaeDraft(user("ircamsterdam"), reference);

        complete("ircamsterdam", reference, "Task_QualityCheck", Map.of("qualityApproved", "true"));
        Map<String, Object> translated = Map.of("translationLanguage", "en", "translator", "Vertaalbureau Noord",
                "translatedOn", today());
        Response notAttached = user("ircamsterdam").post("/engine-rest/task/"
                + openTask(status(reference), "Task_TranslateRequest").path("id").asText() + "/complete", variables(translated));
        assertThat(notAttached.status()).as("a translation only counts when it is attached").isEqualTo(400);
        assertThat(notAttached.body().toString()).contains("Vertaling", "(soort: Vertaling)");
        assertThat(user("ircamsterdam").upload("/api/requests/" + reference + "/documents",
                Map.of("kind", "TRANSLATION", "language", "en"), "request-en.pdf", OutgoingRequests.pdf("translation"))
                .status()).isEqualTo(201);
        complete("ircamsterdam", reference, "Task_TranslateRequest", translated);
        complete("airs", reference, "Task_AssessAndTransmitAsCentralAuthority",
                Map.of("centralAuthorityTransmits", "true", "channel", "CENTRAL_AUTHORITY", "sentOn", today()));

        JsonNode waiting = status(reference);
        assertThat(waiting.path("stage").asText()).isEqualTo("WAITING_ABROAD");
        assertThat(waiting.path("clock").asText()).isEqualTo("ABROAD");
        assertThat(waiting.path("translationLanguage").asText()).isEqualTo("en");
        assertThat(waiting.path("liaisonPost").asText()).contains("Golfregio");
        assertThat(taskKeys(waiting)).containsExactly("Task_ExpediteRequest");
        assertThat(user("liaison").get("/api/requests/" + reference).status()).isEqualTo(200);
        complete("liaison", reference, "Task_ExpediteRequest", Map.of("expediteNote", "Besproken met het OM in Abu Dhabi"));

        assertThat(reply(reference, "PARTIAL_REPLY", "Land registry records for two villas").status()).isEqualTo(202);
        complete("politie", reference, "Task_InterpretPartialReply", interpretation(Map.of(
                "action1Kind", "SEIZURE", "action1Description", "Beslag op villa Palm Jumeirah via nader verzoek",
                "action1Owner", "politie", "action1DueDate", inDays(30))));
        assertThat(status(reference).path("stage").asText()).as("still waiting for the final reply").isEqualTo("WAITING_ABROAD");

        assertThat(reply(reference, "FINAL_REPLY", "Bank statements; third account refused").status()).isEqualTo(202);
        complete("politie", reference, "Task_InterpretFinalReply", interpretation(Map.of(
                "action1Kind", "SUPPLEMENTARY_REQUEST", "action1Description", "Statements of the third account",
                "action1Owner", "ircAmsterdam", "action1DueDate", inDays(14),
                "action2Kind", "NO_ACTION", "action2Description", "Derde rekening slapend sinds 2019")));

        JsonNode followUp = status(reference);
        assertThat(followUp.path("phase").asText()).isEqualTo("FOLLOW_UP");
        assertThat(followUp.path("followUpActions")).hasSize(3);
        JsonNode supplementary = find(followUp.path("followUpActions"), "kind", "SUPPLEMENTARY_REQUEST");
        assertThat(supplementary.path("state").asText()).isEqualTo("DONE");
        String supplementaryReference = supplementary.path("linkedRequest").asText();
        assertThat(supplementaryReference).matches("RH-\\d{4}-\\d{6}");
        assertThat(find(followUp.path("followUpActions"), "kind", "NO_ACTION").path("state").asText()).isEqualTo("DONE");

        JsonNode related = user("ircamsterdam").get("/api/requests/" + reference + "/related").body();
        assertThat(find(related, "reference", supplementaryReference).path("relation").asText()).isEqualTo("SUPPLEMENTED_BY");
        JsonNode supplementaryRequest = status(supplementaryReference);
        assertThat(taskKeys(supplementaryRequest)).as("drafted without documents: back to the drafter")
                .containsExactly("Task_ReviseDraft");
        assertThat(find(user("ircamsterdam").get("/api/requests/" + supplementaryReference + "/related").body(),
                "reference", reference).path("relation").asText()).isEqualTo("SUPPLEMENTS");

        complete("politie", reference, "Task_CarryOutFollowUpAction", Map.of("followUpResult", "Nader verzoek opgesteld"));

        JsonNode closed = status(reference);
        assertThat(closed.path("phase").asText()).isEqualTo("CLOSED");
        assertThat(closed.path("outcome").asText()).isEqualTo("FOLLOWED_UP");
        assertThat(closed.path("messages")).extracting(message -> message.path("kind").asText())
                .containsExactly("PARTIAL_REPLY", "FINAL_REPLY");
        assertThat(closed.path("analyses")).hasSize(2);
        assertThat(closed.path("analyses").get(1).path("relevance").asText()).isEqualTo("HIGH");
        assertThat(closed.path("followUpActions")).allSatisfy(action ->
                assertThat(action.path("state").asText()).isEqualTo("DONE"));
        assertThat(closed.path("timeByClock").path("abroad").asText()).startsWith("PT");
        assertThat(closed.path("phaseHistory")).extracting(entry -> entry.path("clock").asText())
                .containsSubsequence("NL", "ABROAD", "NL", "STOPPED");
    }

    @Test
    void aDraftWithoutTheDocumentsTheUaeRequiresGoesBackNamingThemAndPassesOnceAttached() {
        String reference = draft(OutgoingRequests.toUae());

        JsonNode task = openTask(status(reference), "Task_ReviseDraft");
        JsonNode variables = user("ircamsterdam").get("/engine-rest/task/" + task.path("id").asText() + "/form-variables").body();
        assertThat(variables.path("missingItems").path("value").asText()).contains("CERTIFIED_LEGISLATION", "WARRANT");

        assertThat(user("ircamsterdam").upload("/api/requests/" + reference + "/documents",
                Map.of("kind", "WARRANT", "language", "nl"), "bevel.pdf", OutgoingRequests.pdf("bevel")).status())
                .isEqualTo(201);
        complete("ircamsterdam", reference, "Task_ReviseDraft", Map.of("abandonDraft", "false", "requestLanguage", "en"));
        JsonNode stillMissing = user("ircamsterdam").get("/engine-rest/task/"
                + openTask(status(reference), "Task_ReviseDraft").path("id").asText() + "/form-variables").body();
        assertThat(stillMissing.path("missingItems").path("value").asText()).contains("CERTIFIED_LEGISLATION")
                .doesNotContain("WARRANT");

        assertThat(user("ircamsterdam").upload("/api/requests/" + reference + "/documents",
                Map.of("kind", "CERTIFIED_LEGISLATION", "language", "nl"), "wetgeving.pdf",
                OutgoingRequests.pdf("wetgeving")).status()).isEqualTo(201);
        complete("ircamsterdam", reference, "Task_ReviseDraft", Map.of("abandonDraft", "false", "requestLanguage", "en"));

        JsonNode revised = status(reference);
        assertThat(taskKeys(revised)).containsExactly("Task_QualityCheck");
        assertThat(revised.path("requestLanguage").asText()).isEqualTo("en");
        complete("ircamsterdam", reference, "Task_QualityCheck", Map.of("qualityApproved", "true"));
        assertThat(taskKeys(status(reference))).as("written in English: no translation needed")
                .containsExactly("Task_AssessAndTransmitAsCentralAuthority");
    }

    @Test
    void otherOpenRequestsToTheSameStateInTheInvestigationAreShownForBundling() {
        Map<String, Object> first = toColombia();
        String firstReference = draft(first);
        Map<String, Object> rotterdams = toColombia();
        rotterdams.put("investigation", first.get("investigation"));
        rotterdams.put("draftingAuthority", "ircRotterdam");
        Response byRotterdam = ApiClient.as(port, "ircrotterdam", "demo").post("/api/requests", rotterdams);
        assertThat(byRotterdam.status()).isEqualTo(201);
        String rotterdamReference = byRotterdam.body().path("reference").asText();
        Map<String, Object> second = toColombia();
        second.put("investigation", first.get("investigation"));
        String secondReference = draft(second);

        JsonNode task = openTask(status(secondReference), "Task_QualityCheck");
        JsonNode variables = user("ircamsterdam").get("/engine-rest/task/" + task.path("id").asText() + "/form-variables").body();
        assertThat(variables.path("bundlingCandidates").path("value").asText()).contains(firstReference)
                .contains("SAME_INVESTIGATION").contains("1 open verzoek(en) van andere autoriteiten")
                .as("another authority's request is counted, not named").doesNotContain(rotterdamReference);
    }

    @Test
    void aRequestToGermanyGoesDirectlyFromTheIrcAndItsPersonsMakeItABundlingCandidate() {
        Map<String, Object> first = toGermany();
        String firstReference = draft(first);
        Map<String, Object> samePerson = toGermany();
        samePerson.put("persons", first.get("persons"));
        String reference = draft(samePerson);

        JsonNode qualityCheck = openTask(status(reference), "Task_QualityCheck");
        JsonNode variables = user("ircamsterdam").get("/engine-rest/task/" + qualityCheck.path("id").asText()
                + "/form-variables").body();
        assertThat(variables.path("bundlingCandidates").path("value").asText()).contains(firstReference, "SAME_PERSON");

        complete("ircamsterdam", reference, "Task_QualityCheck", Map.of("qualityApproved", "true"));
        JsonNode transmit = openTask(status(reference), "Task_TransmitRequest");
        assertThat(transmit.path("candidateGroups")).extracting(JsonNode::asText).containsExactly("ircAmsterdam");
        var withoutChannel = new nl.rechtshulp.support.RequestApi(port).completeAnswer("ircamsterdam", reference,
                "Task_TransmitRequest", Map.of("receivingForeignAuthority", "Staatsanwaltschaft Köln", "sentOn", today()));
        assertThat(withoutChannel.status()).as("an EIO records how it was sent").isEqualTo(400);
        assertThat(withoutChannel.body().path("field").asText()).isEqualTo("transmissionChannel");
        complete("ircamsterdam", reference, "Task_TransmitRequest", Map.of("receivingForeignAuthority",
                "Staatsanwaltschaft Köln", "sentOn", today(), "transmissionChannel", "EMAIL"));

        JsonNode waiting = status(reference);
        assertThat(waiting.path("route").asText()).isEqualTo("DIRECT");
        assertThat(waiting.path("legalBasis").asText()).contains("Richtlijn 2014/41/EU");
        assertThat(waiting.path("clock").asText()).isEqualTo("ABROAD");
        assertThat(waiting.path("liaisonPost").isNull()).as("no liaison magistrate for Germany").isTrue();
        assertThat(taskKeys(waiting)).as("nothing to expedite; the IRC chases when a reminder is due").isEmpty();
        // The executing state's deadlines, from the day it was sent: a week to acknowledge, 30 days to decide.
        LocalDate sentOn = LocalDate.parse(today());
        assertThat(nl.rechtshulp.support.ApiAssertions.runningDeadlineDay(waiting, "Event_AcknowledgementExpected")).isEqualTo(sentOn.plusDays(7));
        assertThat(nl.rechtshulp.support.ApiAssertions.runningDeadlineDay(waiting, "Event_RecognitionExpected")).isEqualTo(sentOn.plusDays(30));

        EngineTimers.fire(managementService, runtimeService, reference, "Event_AcknowledgementExpected");
        complete("ircamsterdam", reference, "Task_CheckAcknowledgementAbroad", Map.of("acknowledgementReceived", true,
                "acknowledgedAbroadOn", today(), "executingAuthorityReference", "StA Köln 12 Js 4/26"));
        EngineTimers.fire(managementService, runtimeService, reference, "Event_RecognitionExpected");
        complete("ircamsterdam", reference, "Task_CheckRecognitionAbroad", Map.of("recognitionAbroad", "RECOGNISED",
                "recognisedOn", today()));
        assertThat(nl.rechtshulp.support.ApiAssertions.runningDeadlineDay(status(reference), "Event_ExecutionExpected")).as("90 days after the recognition")
                .isEqualTo(sentOn.plusDays(90));
        assertThat(taskKeys(status(reference))).isEmpty();
    }


    private static Map<String, Object> toGermany() {
        return toState("DE", "de");
    }

    @Test
    void badDraftsAreRefusedNamingTheField() {
        Map<String, Object> unknownState = OutgoingRequests.toUae();
        unknownState.put("requestedState", "XX");
        assertProblem(user("ircamsterdam").post("/api/requests", unknownState), 400, "requestedState");

        Map<String, Object> toOurselves = OutgoingRequests.toUae();
        toOurselves.put("requestedState", "NL");
        assertProblem(user("ircamsterdam").post("/api/requests", toOurselves), 400, "requestedState");

        Map<String, Object> badLanguage = OutgoingRequests.toUae();
        badLanguage.put("requestLanguage", "xx");
        assertProblem(user("ircamsterdam").post("/api/requests", badLanguage), 400, "requestLanguage");

        Map<String, Object> badUrgency = OutgoingRequests.toUae();
        badUrgency.put("urgency", "YESTERDAY");
        assertProblem(user("ircamsterdam").post("/api/requests", badUrgency), 400, "urgency");

        Map<String, Object> noPolicyTag = OutgoingRequests.toUae();
        noPolicyTag.remove("policySubGoal");
        assertProblem(user("ircamsterdam").post("/api/requests", noPolicyTag), 400, "policySubGoal");

        assertThat(user("airs").post("/api/requests", OutgoingRequests.toUae()).status())
                .as("only an IRC drafts outgoing requests").isEqualTo(403);
    }

    @Test
    void aReplyForARequestThatIsNotWaitingIsRefusedAndNotStored() {
        String reference = draft(OutgoingRequests.toUae());

        Response early = reply(reference, "FINAL_REPLY", "Arrived before we sent anything");

        assertProblem(early, 409, null);
        assertThat(status(reference).path("messages")).isEmpty();
        assertThat(reply(reference, "SUPPLEMENT", "Not for outgoing requests").status()).isEqualTo(409);
    }

    @Test
    void aFollowUpActionWithoutOwnerIsRefusedAndNothingOfTheInterpretationIsStored() {
        String reference = sentToColombia();
        assertThat(reply(reference, "FINAL_REPLY", "Witness statements").status()).isEqualTo(202);
        JsonNode task = openTask(status(reference), "Task_InterpretFinalReply");

        Response refused = user("politie").post("/engine-rest/task/" + task.path("id").asText() + "/complete",
                variables(interpretation(Map.of("action1Kind", "ARREST", "action1Description", "Aanhouding van X",
                        "action1DueDate", inDays(10)))));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().toString()).contains("action1Owner");
        JsonNode after = status(reference);
        assertThat(taskKeys(after)).containsExactly("Task_InterpretFinalReply");
        assertThat(after.path("analyses")).isEmpty();
        assertThat(after.path("followUpActions")).isEmpty();
    }

    @Test
    void theTasklistStartFormDraftsThroughTheSameIntake() {
        Map<String, Object> form = new HashMap<>();
        form.put("requestedState", "CO");
        form.put("requestingAuthority", "Arrondissementsparket Amsterdam");
        form.put("officerOfJustice", "mr. B. Bakker");
        form.put("investigation", "26Andes-" + System.nanoTime());
        form.put("urgency", "NORMAL");
        form.put("summaryOfFacts", "Cocaine shipments from Buenaventura to Rotterdam");
        form.put("offences", "art. 10 Opiumwet");
        form.put("offenceCategory", "DRUG_TRAFFICKING");
        form.put("policySubGoal", "UPSTREAM_DISRUPTION");
        form.put("phenomenon", "COCAINE");
        form.put("measureDescription", "Shipping records of two containers");
        form.put("measureCoercive", false);
        form.put("analysingService", "politie");
        form.put("requestLanguage", "es");

        Response started = user("ircamsterdam").post(
                "/engine-rest/process-definition/key/OutgoingMlaRequestProcess/submit-form", variables(form));

        assertThat(started.status()).as("start form answered %s", started.body()).isEqualTo(200);
        String reference = started.body().path("businessKey").asText();
        JsonNode request = status(reference);
        assertThat(request.path("direction").asText()).isEqualTo("OUTGOING");
        assertThat(request.path("requestedState").asText()).isEqualTo("CO");
        assertThat(taskKeys(request)).as("written in Spanish, nothing required: straight to the quality check")
                .containsExactly("Task_QualityCheck");
        assertThat(user("fiod").get("/api/requests/" + reference).status()).isEqualTo(404);
    }

    private static Map<String, Object> toColombia() {
        return toState("CO", "es");
    }

    /** A normal draft to a state that requires no documents, written in a language it accepts. */
    private static Map<String, Object> toState(String state, String language) {
        Map<String, Object> body = OutgoingRequests.toUae();
        body.put("requestedState", state);
        body.put("requestLanguage", language);
        body.put("urgency", "NORMAL");
        return body;
    }

    private String sentToColombia() {
        String reference = draft(toColombia());
        complete("ircamsterdam", reference, "Task_QualityCheck", Map.of("qualityApproved", "true"));
        complete("airs", reference, "Task_AssessAndTransmitAsCentralAuthority",
                Map.of("centralAuthorityTransmits", "true", "channel", "CENTRAL_AUTHORITY", "sentOn", today()));
        return reference;
    }

    private static Map<String, Object> interpretation(Map<String, Object> actions) {
        Map<String, Object> values = new HashMap<>(Map.of("obtained", "Records of the accounts asked for",
                "relevance", "HIGH", "replyComplete", "false", "nextSteps", "Vergelijken met de financiele analyse"));
        values.putAll(actions);
        return values;
    }

    private String draft(Map<String, Object> body) {
        Response created = user("ircamsterdam").post("/api/requests", body);
        assertThat(created.status()).as("draft answered %s", created.body()).isEqualTo(201);
        assertThat(created.location()).endsWith("/api/requests/" + created.body().path("reference").asText());
        return created.body().path("reference").asText();
    }

    private Response reply(String reference, String kind, String summary) {
        return user("ircamsterdam").post("/api/requests/" + reference + "/messages",
                Map.of("kind", kind, "summary", summary));
    }

    private void complete(String userId, String reference, String taskKey, Map<String, Object> values) {
        JsonNode task = openTask(status(reference), taskKey);
        Response response = user(userId).post("/engine-rest/task/" + task.path("id").asText() + "/complete",
                variables(values));
        assertThat(response.status()).as("%s by %s answered %s", taskKey, userId, response.body()).isEqualTo(204);
    }

    private static Map<String, Object> variables(Map<String, Object> values) {
        Map<String, Object> variables = new HashMap<>();
        values.forEach((name, value) -> variables.put(name, Map.of("value", value)));
        return Map.of("variables", variables);
    }

    private JsonNode status(String reference) {
        Response response = user("coordinator").get("/api/requests/" + reference);
        assertThat(response.status()).isEqualTo(200);
        return response.body();
    }

    private static List<String> taskKeys(JsonNode request) {
        List<String> keys = new ArrayList<>();
        request.path("openTasks").forEach(task -> keys.add(task.path("taskKey").asText()));
        return keys;
    }

    private static String today() {
        return LocalDate.now().toString();
    }

    private static String inDays(int days) {
        return LocalDate.now().plusDays(days).toString();
    }

    private ApiClient user(String userId) {
        return ApiClient.as(port, userId, "demo");
    }
}

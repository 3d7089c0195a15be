package nl.rechtshulp.referencedata;

import static nl.rechtshulp.support.ApiAssertions.assertProblem;
import static nl.rechtshulp.support.ApiAssertions.openTask;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import nl.rechtshulp.support.ApiClient;
import nl.rechtshulp.support.ApiClient.Response;
import nl.rechtshulp.support.IncomingRequests;
import nl.rechtshulp.support.IntegrationTest;
import nl.rechtshulp.support.RequestApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Incoming requests from states across the world, registered as a user would, checked against the facts in LAW.md:
 * the basis a lawyer would name (or AIRS's assessment when the register knows none), the route, the formal-request
 * limit and the assurances. Expected values are written here from LAW.md, never read from the register.
 */
@IntegrationTest
class TreatyRegisterApiIntegrationTests {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    @LocalServerPort
    int port;

    private RequestApi api;

    @BeforeEach
    void connect() {
        api = new RequestApi(port);
    }

    /**
     * Extradition: the task that follows shows the outcome (AIRS's assessment of a treaty request, surrender to the
     * LIRC and Amsterdam, or AIRS's assessment without a basis); the explanation names the limit, the status the
     * assurances.
     */
    @ParameterizedTest(name = "extradition from {0} ({1}) → {2}")
    @CsvSource(delimiter = '|', value = {
            "CH | OTHER            | Task_AssessAsCentralAuthority | ETS 024                               | dag 40, mogelijk vanaf dag 18 | ''",
            "US | OTHER            | Task_AssessAsCentralAuthority | Nederland-Verenigde Staten (24 juni 1980) | AIRS stelt de termijn vast | NO_DEATH_PENALTY",
            "GB | OTHER            | Task_HandOverForSurrender     | Verenigd Koninkrijk                   | -                             | ''",
            "NO | OTHER            | Task_HandOverForSurrender     | IJsland en Noorwegen                  | -                             | ''",
            "RS | OTHER            | Task_AssessAsCentralAuthority | ETS 024                               | dag 40, mogelijk vanaf dag 18 | ''",
            "AU | OTHER            | Task_AssessAsCentralAuthority | Nederland-Australië                   | AIRS stelt de termijn vast    | ''",
            "CA | OTHER            | Task_AssessAsCentralAuthority | Nederland-Canada                      | AIRS stelt de termijn vast    | ''",
            "JP | DRUG_TRAFFICKING | Task_AssessAsCentralAuthority | Wenen 1988                            | AIRS stelt de termijn vast    | NO_DEATH_PENALTY",
            "JP | OTHER            | Task_AssessWithoutTreatyBasis | -                                     | AIRS stelt de termijn vast    | NO_DEATH_PENALTY",
            "HU | OTHER            | Task_HandOverForSurrender     | Europees aanhoudingsbevel             | -                             | ''",
            "DK | OTHER            | Task_HandOverForSurrender     | Europees aanhoudingsbevel             | -                             | ''",
            "IE | OTHER            | Task_HandOverForSurrender     | Europees aanhoudingsbevel             | -                             | ''",
            "BE | OTHER            | Task_HandOverForSurrender     | Europees aanhoudingsbevel             | -                             | ''",
            "DE | OTHER            | Task_HandOverForSurrender     | Europees aanhoudingsbevel             | -                             | ''",
            "AE | OTHER            | Task_AssessAsCentralAuthority | Trb. 2021, 117                        | dag 60                        | NO_DEATH_PENALTY NO_CORPORAL_PUNISHMENT",
            "CO | DRUG_TRAFFICKING | Task_AssessAsCentralAuthority | Wenen 1988                            | AIRS stelt de termijn vast    | ''",
            "TR | OTHER            | Task_AssessAsCentralAuthority | ETS 024                               | dag 40, mogelijk vanaf dag 18 | ''",
            "HK | OTHER            | Task_AssessWithoutTreatyBasis | -                                     | AIRS stelt de termijn vast    | ''",
            "MA | DRUG_TRAFFICKING | Task_AssessAsCentralAuthority | Wenen 1988                            | AIRS stelt de termijn vast    | NO_DEATH_PENALTY",
            "MA | VIOLENT_CRIME    | Task_AssessWithoutTreatyBasis | -                                     | AIRS stelt de termijn vast    | NO_DEATH_PENALTY",
            "SG | DRUG_TRAFFICKING | Task_AssessAsCentralAuthority | Wenen 1988                            | AIRS stelt de termijn vast    | NO_DEATH_PENALTY NO_CORPORAL_PUNISHMENT",
            "CN | DRUG_TRAFFICKING | Task_AssessAsCentralAuthority | Wenen 1988                            | AIRS stelt de termijn vast    | NO_DEATH_PENALTY",
            "TW | OTHER            | Task_AssessWithoutTreatyBasis | -                                     | AIRS stelt de termijn vast    | NO_DEATH_PENALTY"})
    void anIncomingExtraditionRequestGetsTheBasisALawyerWouldName(String state, String offence, String nextTask,
                                                                 String basisMentions, String limitMentions,
                                                                 String assurances) {
        JsonNode request = api.status(api.register("airs", extradition(state, offence, null, null)));

        JsonNode task = openTask(request, nextTask);
        assertThat(task).isNotNull();
        assertThat(request.path("outcome").isNull()).as("nothing is refused by the rules").isTrue();
        if (basisMentions.equals("-")) {
            assertThat(request.path("legalBasis").asText()).startsWith("Geen verdragsbasis gevonden in het register");
        } else {
            assertThat(request.path("legalBasis").asText()).contains(basisMentions);
            assertThat(request.path("legalBasisSource").asText()).isNotBlank();
        }
        if (!limitMentions.equals("-")) {
            assertThat(request.path("legalBasisExplanation").asText()).contains(limitMentions);
        }
        List<String> guarantees = StreamSupport.stream(request.path("extradition").path("guaranteesRequired")
                .spliterator(), false).map(JsonNode::asText).toList();
        assertThat(guarantees).containsExactlyInAnyOrderElementsOf(
                assurances.isBlank() ? List.of() : List.of(assurances.split(" ")));
    }

    /** MLA: the route of the basis (DECISIONS.md), AIRS's assessment (with the reason in its task) without one. */
    @ParameterizedTest(name = "MLA from {0} ({1}) → {2}")
    @CsvSource(delimiter = '|', value = {
            "HU | OTHER            | DIRECT            | Richtlijn 2014/41/EU",
            "DK | OTHER            | DIRECT            | EU-Rechtshulpovereenkomst van 29 mei 2000",
            "IE | OTHER            | DIRECT            | EU-Rechtshulpovereenkomst van 29 mei 2000",
            "BE | OTHER            | DIRECT            | Richtlijn 2014/41/EU",
            "DE | OTHER            | DIRECT            | Richtlijn 2014/41/EU",
            "CH | OTHER            | DIRECT            | ETS 030",
            "NO | OTHER            | DIRECT            | ETS 030",
            "GB | OTHER            | CENTRAL_AUTHORITY | ETS 030",
            "RS | OTHER            | CENTRAL_AUTHORITY | ETS 030",
            "TR | OTHER            | DIRECT            | ETS 182",
            "US | OTHER            | CENTRAL_AUTHORITY | Rechtshulpverdrag Nederland-Verenigde Staten",
            "CA | OTHER            | CENTRAL_AUTHORITY | Rechtshulpverdrag Nederland-Canada",
            "JP | OTHER            | CENTRAL_AUTHORITY | EU-Japan",
            "AE | OTHER            | CENTRAL_AUTHORITY | Trb. 2021, 116",
            "MA | OTHER            | CENTRAL_AUTHORITY | Trb. 2010, 285",
            "CO | DRUG_TRAFFICKING | CENTRAL_AUTHORITY | Wenen 1988",
            "SG | DRUG_TRAFFICKING | CENTRAL_AUTHORITY | Wenen 1988",
            "CN | DRUG_TRAFFICKING | CENTRAL_AUTHORITY | Wenen 1988",
            "AU | OTHER            | CENTRAL_AUTHORITY | -",
            "CO | OTHER            | CENTRAL_AUTHORITY | -",
            "HK | OTHER            | CENTRAL_AUTHORITY | -",
            "TW | OTHER            | CENTRAL_AUTHORITY | -"})
    void anIncomingMlaRequestTakesTheRouteOfItsBasis(String state, String offence, String route, String basisMentions) {
        Map<String, Object> body = IncomingRequests.fromGermany();
        body.put("requestingState", state);
        body.put("foreignReference", state + "-MLA-" + UUID.randomUUID());
        body.put("offenceCategory", offence);
        String reference = api.register("ircamsterdam", body);
        boolean europeanInvestigationOrder = basisMentions.equals("Richtlijn 2014/41/EU");
        // An EIO is acknowledged first (Annex B); Denmark and Ireland, not bound by the Directive, are not.
        assertThat(api.status(reference).path("openTasks").get(0).path("taskKey").asText())
                .isEqualTo(europeanInvestigationOrder ? "Task_AcknowledgeReceipt" : "Task_CheckCompleteness");
        if (europeanInvestigationOrder) {
            api.complete("ircamsterdam", reference, "Task_AcknowledgeReceipt", Map.of("acknowledgedOn", "2026-12-01"));
        }
        api.complete("ircamsterdam", reference, "Task_CheckCompleteness", Map.of("requestComplete", "true"));

        JsonNode request = api.status(reference);
        assertThat(request.path("route").asText()).isEqualTo(route);
        if (basisMentions.equals("-")) {
            assertThat(request.path("legalBasis").asText()).startsWith("Geen verdragsbasis gevonden in het register");
            assertThat(request.path("legalBasisExplanation").asText()).contains("Sv art. 5.1.4");
        } else {
            assertThat(request.path("legalBasis").asText()).contains(basisMentions);
        }
        if (route.equals("CENTRAL_AUTHORITY")) {
            openTask(request, "Task_AssessAsCentralAuthority");
        }
    }

    @Test
    void anOrganisedTransnationalOffenceRecordedAtIntakeFallsUnderUntoc() {
        JsonNode recorded = api.status(api.register("airs", extradition("SG", "HUMAN_TRAFFICKING", true, true)));
        assertThat(recorded.path("legalBasis").asText()).contains("Palermo 2000");
        assertThat(recorded.path("organisedCriminalGroup").asBoolean()).isTrue();

        JsonNode unknown = api.status(api.register("airs", extradition("SG", "HUMAN_TRAFFICKING", null, null)));
        openTask(unknown, "Task_AssessWithoutTreatyBasis");
        assertThat(unknown.path("legalBasisExplanation").asText()).contains("niet vastgelegd");
    }

    @Test
    void surrenderIsTakenOverAndClosedAsHandedOver() {
        String reference = api.register("airs", extradition("BE", "OTHER", null, null));
        api.complete("lirc", reference, "Task_HandOverForSurrender",
                Map.of("takenOverBy", "Arrondissementsparket Amsterdam, mr. A. de Vries", "takenOverOn", today()));
        JsonNode closed = api.status(reference);
        assertThat(closed.path("phase").asText()).isEqualTo("CLOSED");
        assertThat(closed.path("outcome").asText()).isEqualTo("HANDED_OVER");
    }

    @Test
    void airsDecidesWithoutABasisAndSetsTheLimitNoInstrumentSets() {
        String refused = api.register("airs", extradition("TW", "OTHER", null, null));
        api.complete("airs", refused, "Task_AssessWithoutTreatyBasis",
                Map.of("basisFoundByAirs", "false", "assessmentReason", "Geen verdrag en geen VN-feit"));
        openTask(api.status(refused), "Task_InformRequestingStateOfRefusal");

        Map<String, Object> alert = extradition("CO", "DRUG_TRAFFICKING", null, null);
        alert.put("arrivedAs", "PROVISIONAL_ARREST_ALERT");
        String reference = api.register("airs", alert);
        api.complete("ircamsterdam", reference, "Task_RecordProvisionalArrest",
                Map.of("arrestedOn", today(), "arrestPlace", "Schiphol"));
        JsonNode limitTask = openTask(api.status(reference), "Task_SetProvisionalArrestLimit");
        assertThat(limitTask.path("candidateGroups").toString()).contains("airs");
        Response tooLong = api.completeAnswer("airs", reference, "Task_SetProvisionalArrestLimit",
                Map.of("provisionalArrestLimitDays", 400, "limitReason", "typefout"));
        assertThat(tooLong.status()).isEqualTo(400);
        api.complete("airs", reference, "Task_SetProvisionalArrestLimit",
                Map.of("provisionalArrestLimitDays", 30, "limitReason", "Termijn genoemd door Colombia"));
        assertThat(api.status(reference).path("extradition").path("formalRequestDueOn").asText())
                .as("released on day 30, so day 29 is the last").isEqualTo(LocalDate.now(AMSTERDAM).plusDays(29).toString());
    }

    @Test
    void theRegisterIsReadableByEveryoneLoggedInAndByNobodyElse() {
        JsonNode switzerland = api.user("auditor").get("/api/reference/states/CH").body();
        assertThat(switzerland.path("name").asText()).isEqualTo("Zwitserland");
        assertThat(switzerland.path("basis").path("EXTRADITION").path("deadlines").path("releaseDay").asInt()).isEqualTo(40);
        assertThat(switzerland.path("basis").path("MLA").path("route").asText()).isEqualTo("DIRECT");
        assertThat(switzerland.path("assurances").size()).isZero();
        assertThat(switzerland.path("instruments").toString()).contains("\"id\":\"ECE\"");
        assertThat(api.user("ircamsterdam").get("/api/reference/states/SG").body().path("assurances").size()).isEqualTo(2);
        assertThat(api.user("kmar").get("/api/reference/states/TW").body().path("basis").path("EXTRADITION")
                .path("outcome").asText()).isEqualTo("AIRS_ASSESSMENT");

        assertProblem(api.user("airs").get("/api/reference/states/XX"), 404, null);
        assertProblem(api.user("airs").get("/api/reference/states/NL"), 404, null);
        assertThat(ApiClient.anonymous(port).get("/api/reference/states/CH").status()).isEqualTo(401);
        assertThat(api.user("airs").post("/api/reference/states/CH", Map.of()).status())
                .as("nobody changes the register through the application").isBetween(400, 499);

        Response page = api.user("coordinator").get("/reference/states");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body().asText()).contains("Verdragsregister").contains("Zwitserland (CH)")
                .contains("Onbevestigde feiten").contains("parties.csv");
        assertThat(api.user("coordinator").get("/api/reference/unconfirmed").body().size()).isPositive();
    }

    private static Map<String, Object> extradition(String state, String offence, Boolean group, Boolean transnational) {
        Map<String, Object> body = new HashMap<>();
        body.put("type", "EXTRADITION");
        body.put("arrivedAs", "FORMAL_REQUEST");
        body.put("foreignReference", state + "-EXT-" + UUID.randomUUID());
        body.put("requestingState", state);
        body.put("requestingAuthority", "Ministry of Justice");
        body.put("summaryOfFacts", "Facts of the case as the requesting state describes them");
        body.put("offences", "as described");
        body.put("offenceCategory", offence);
        body.put("purpose", "PROSECUTION");
        body.put("personSought", Map.of("fullName", "P. " + UUID.randomUUID(), "nationality", state.equals("TW") ? "TW" : "BR"));
        body.put("competentIrc", "ircAmsterdam");
        if (group != null) {
            body.put("organisedCriminalGroup", group);
            body.put("transnationalOffence", transnational);
        }
        return body;
    }

    private static String today() {
        return LocalDate.now(AMSTERDAM).toString();
    }
}

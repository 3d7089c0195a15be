package nl.rechtshulp.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.rechtshulp.support.ApiClient;
import nl.rechtshulp.support.ApiClient.Response;
import nl.rechtshulp.support.IncomingRequests;
import nl.rechtshulp.support.IntegrationTest;
import nl.rechtshulp.support.RequestApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every page rendered for real, as the people who use it: Dutch words for every code, the navigation each may use,
 * typed markup shown inert, and the request list ordered by the nearest deadline.
 */
@IntegrationTest
class PagesIntegrationTests {

    /** Register codes as the pages must never show them: upper case with an underscore, or a bare phase or stage. */
    private static final Pattern RAW_CODE = Pattern.compile(
            "\\b[A-Z]{2,}(?:_[A-Z]+)+\\b|\\b(?:INTAKE|COORDINATION|ANALYSIS|CLOSED|REGISTRATION|COMPLETENESS|NORMAL|URGENT"
                    + "|DETAINED|DIRECT|INCOMING|OUTGOING|EXTRADITION|ENGINE|APPLICATION|TREATY|SURRENDER|EXECUTION)\\b");
    private static final String TYPED = "O'Brien smuggled <5 kg <script>alert('x')</script> & \"more\"";

    @LocalServerPort
    int port;
    private RequestApi api;

    @BeforeEach
    void setUp() {
        api = new RequestApi(port);
    }

    @Test
    void theCasePageSpeaksDutchShowsTypedMarkupInertAndOffersTheWayOnward() {
        Map<String, Object> body = IncomingRequests.fromGermany();
        body.put("summaryOfFacts", TYPED);
        String reference = api.register("ircamsterdam", body);

        Response page = api.user("ircamsterdam").get("/requests/" + reference);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        String html = page.body().asText();
        assertThat(html).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;").doesNotContain("<script>alert");
        String text = visibleText(html);
        // An EIO: acknowledged first, the Directive's decision deadlines running, its issuer named.
        assertThat(text).contains("Inkomend rechtshulpverzoek " + reference + " van Duitsland", "Kerngegevens",
                "ontvangstbevestiging", "in Nederlandse handen", "normaal", "IRC Amsterdam", "openbaar aanklager",
                "Ontvangst bevestigen (bijlage B)", "Beslistermijn erkenning (30 dagen, art. 12 lid 3)",
                "Verlengde beslistermijn (60 dagen, art. 12 lid 5)", TYPED);
        assertNoRawCode(text.replace(TYPED, ""));
        assertThat(html).contains("href=\"/audit/requests/" + reference + "\"", "href=\"/requests\"",
                "href=\"/camunda/app/tasklist/default/\"", "action=\"/logout\"", "/rhc/components-css/index.css",
                "class=\"rhc-theme");
    }

    @Test
    void eachRoleSeesOnlyThePagesItMayUseInTheNavigation() {
        assertThat(navigation(api.user("ircamsterdam"))).containsExactly("/camunda/app/tasklist/default/", "/requests",
                "/reference/states");
        assertThat(navigation(api.user("coordinator"))).containsExactly("/camunda/app/tasklist/default/", "/requests",
                "/dashboard", "/reference/states");
        assertThat(navigation(api.user("auditor"))).containsExactly("/requests", "/dashboard", "/audit",
                "/reference/states");
        assertThat(api.user("ircamsterdam").get("/dashboard").status()).isEqualTo(403);
        assertThat(api.user("ircamsterdam").get("/audit").status()).isEqualTo(403);
        assertThat(api.user("auditor").get("/api/navigation").body()).extracting(item -> item.path("label").asText())
                .containsExactly("Verzoeken", "Dashboard", "Audit", "Verdragen");
    }

    @Test
    void theRequestListPutsTheNearestDeadlineFirstAndShowsOnlyOwnRequests() {
        Map<String, Object> later = IncomingRequests.fromGermany();
        later.put("requestingState", "SI");
        String withoutDeadline = api.register("ircamsterdam", later);
        Map<String, Object> sooner = IncomingRequests.fromGermany();
        sooner.put("requestingState", "SI");
        sooner.put("requestedDeadline", LocalDate.now().plusDays(2).toString());
        sooner.put("deadlineReason", "Zitting in Ljubljana");
        String withDeadline = api.register("ircamsterdam", sooner);

        String html = api.user("ircamsterdam").get("/requests?state=si").body().asText();

        assertThat(html.indexOf(withDeadline)).as("the request due sooner comes first").isPositive()
                .isLessThan(html.indexOf(withoutDeadline));
        assertThat(visibleText(html)).contains("Verzoeken", "inkomend", "rechtshulp");
        assertNoRawCode(visibleText(html));
        assertThat(html).contains("value=\"SI\"");
        assertThat(api.user("ircrotterdam").get("/requests?state=SI").body().asText()).doesNotContain(withDeadline);
        assertThat(api.user("ircamsterdam").get("/requests?state=Slovenia").status()).isEqualTo(400);
    }

    @Test
    void theDashboardDrawsChartsWithAxesAndKeepsItsFiltersInTheUrl() {
        api.register("ircamsterdam", IncomingRequests.fromGermany());

        String html = api.user("coordinator").get("/dashboard?groupBy=type&direction=INCOMING").body().asText();

        assertThat(html).contains("<svg", "role=\"img\"", "<caption class=\"utrecht-table__caption\">Open verzoeken per fase");
        assertThat(html).containsPattern("<option value=\"type\" selected=\"selected\">");
        assertThat(html).containsPattern("<option value=\"INCOMING\" selected=\"selected\">");
        assertThat(html).contains("/api/turnaround?format=csv&amp;groupBy=type&amp;direction=INCOMING");
        String text = visibleText(html);
        assertThat(text).contains("Fase", "verzoeken", "Intake", "Coördinatie", "rechtshulp");
        assertNoRawCode(text);
        assertThat(api.user("coordinator").get("/dashboard?groupBy=nonsense").status()).isEqualTo(400);
    }

    @Test
    void theAuditPageShowsRefusalsFirstThenWhoDidWhatWithTheEnginesVariablesFoldedAway() {
        String reference = api.register("ircamsterdam", IncomingRequests.fromDenmark());
        assertThat(api.user("auditor").post("/api/requests/" + reference + "/messages",
                Map.of("kind", "SUPPLEMENT", "summary", "Aanvulling")).status()).isEqualTo(403);
        api.complete("ircamsterdam", reference, "Task_CheckCompleteness", Map.of("requestComplete", "true",
                "remarks", "Volledig"));

        String html = api.user("auditor").get("/audit/requests/" + reference).body().asText();

        String text = visibleText(html);
        assertThat(text.indexOf("Geweigerde pogingen")).isLessThan(text.indexOf("Wie deed wat, en waarom"));
        assertThat(text).contains("Verzoek geregistreerd", "Taak afgerond", "Toegang geweigerd");
        int folded = html.indexOf("<details class=\"rh-engine\"");
        assertThat(folded).as("the engine's variables are folded away").isPositive();
        String whoDidWhat = html.substring(html.indexOf("id=\"handelingen\""), folded);
        assertThat(whoDidWhat).doesNotContain("Procesgegeven vastgelegd");
        assertThat(html.substring(folded)).contains("Procesgegeven vastgelegd");
        assertThat(whoDidWhat).as("the completion shows the values entered").contains("requestComplete");
        for (String code : List.of("TASK_COMPLETED", "VARIABLE_SET", "REQUEST_REGISTERED", "ACCESS_DENIED", "AUDIT_READ")) {
            assertThat(text).doesNotContain(code);
        }
        String onlyOfficer = api.user("auditor").get("/audit/requests/" + reference + "?actor=ircamsterdam&action=TASK_COMPLETED")
                .body().asText();
        String filtered = visibleText(onlyOfficer.substring(onlyOfficer.indexOf("id=\"geweigerd\"")));
        assertThat(filtered).contains("Taak afgerond", "requestComplete").doesNotContain("Verzoek geregistreerd",
                "Toegang geweigerd");
        assertThat(whoDidWhat).as("what the process wrote after the completion is the engine's").doesNotContain("owningIrc");
    }

    @Test
    void theTreatyRegisterAndTheAuditSearchAreReadableAndEnglishIsOneLinkAway() {
        String register = visibleText(api.user("airs").get("/reference/states").body().asText());
        assertThat(register).contains("Verdragsregister", "Zwitserland (CH)", "rechtstreeks", "overlevering");
        assertNoRawCode(register.replaceAll("\\S+\\.csv", ""));

        Response search = api.user("auditor").get("/audit?user=ircamsterdam");
        assertThat(search.status()).isEqualTo(200);
        assertThat(visibleText(search.body().asText())).contains("Audit", "gebeurtenissen");

        String english = visibleText(api.user("airs").get("/reference/states?lang=en").body().asText());
        assertThat(english).contains("Treaty register", "Treaties", "Sign out");
    }

    @Test
    void aPersonWithoutASessionIsSentToTheLoginAndAClientGetsProblemDetails() {
        Response browser = ApiClient.anonymous(port).getAccepting("/requests",
                "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        assertThat(browser.status()).isEqualTo(302);
        assertThat(browser.location()).endsWith("/camunda/app/welcome/default/");
        Response client = ApiClient.anonymous(port).get("/requests");
        assertThat(client.status()).isEqualTo(401);
        assertThat(client.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aPageThatCannotBeShownSaysSoInTheLayoutAndAClientStillGetsProblemDetails() {
        var browser = api.user("ircamsterdam").getAccepting("/requests/RH-2026-999999",
                "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        assertThat(browser.status()).isEqualTo(404);
        assertThat(browser.contentType()).startsWith("text/html");
        String text = visibleText(browser.body().asText());
        assertThat(text).contains("Niet gevonden", "niet van uw autoriteit", "Verzoeken", "Afmelden");
        var refused = api.user("ircamsterdam").getAccepting("/dashboard", "text/html");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(visibleText(refused.body().asText())).contains("Geen toegang");

        var client = api.user("ircamsterdam").get("/requests/RH-2026-999999");
        assertThat(client.status()).isEqualTo(404);
        assertThat(client.contentType()).startsWith("application/problem+json");
        assertThat(client.body().path("status").asInt()).isEqualTo(404);
    }

    private static List<String> navigation(ApiClient user) {
        String html = user.get("/requests").body().asText();
        String nav = html.substring(html.indexOf("<nav class=\"rhc-nav-bar\""), html.indexOf("</nav>"));
        Matcher links = Pattern.compile("href=\"([^\"]+)\"").matcher(nav);
        List<String> hrefs = new java.util.ArrayList<>();
        while (links.find()) {
            hrefs.add(links.group(1));
        }
        return hrefs;
    }

    static String visibleText(String html) {
        String withoutMarkup = html.replaceAll("(?s)<head>.*?</head>", " ").replaceAll("(?s)<[^>]+>", " ");
        return org.springframework.web.util.HtmlUtils.htmlUnescape(withoutMarkup).replaceAll("\\s+", " ");
    }

    static void assertNoRawCode(String text) {
        Matcher code = RAW_CODE.matcher(text);
        assertThat(code.find() ? text.substring(Math.max(0, code.start() - 60), Math.min(text.length(), code.end() + 20)) : null)
                .as("a code shown raw").isNull();
    }
}

package nl.rechtshulp.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import nl.rechtshulp.support.IncomingRequests;
import nl.rechtshulp.support.IntegrationTest;
import nl.rechtshulp.support.RequestApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every door, tried as an attacker or a broken client would: generated hostile values (jqwik's generators) in every
 * field of a registration, a message, an upload, a reassignment and a task completion, and raw bodies no client
 * should send. Nothing gets a 5xx; what is refused is a 4xx problem with the field named and leaves every table as it
 * was; what is accepted (markup, quotes, a path in a file name) is stored exactly as given.
 */
@IntegrationTest
class HostileInputIntegrationTests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> TABLES = List.of("request", "request_person", "request_measure", "request_message",
            "request_document", "request_decision", "act_ru_execution", "act_ru_task", "act_ru_variable");
    /** Enough samples per field to meet every kind of value; fixed seed so a failure is repeatable. */
    private static final int SAMPLES_PER_FIELD = Integer.getInteger("rh.hostile.samples", 12);

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    private RequestApi api;
    private final Random random = new Random(20261202);

    @BeforeEach
    void setUp() {
        api = new RequestApi(port);
        net.jqwik.engine.SourceOfRandomness.create(Long.getLong("rh.hostile.seed", 20261202L).toString());
    }

    /** Values no form expects: nulls, wrong types, huge and deep values, unknown codes, impossible dates, NUL. */
    static Arbitrary<Object> hostileValues() {
        return Arbitraries.oneOf(
                Arbitraries.just(null),
                Arbitraries.integers().map(Object.class::cast),
                Arbitraries.doubles().map(Object.class::cast),
                Arbitraries.of(true, false).map(Object.class::cast),
                Arbitraries.strings().ofMinLength(4_001).ofMaxLength(20_000).map(Object.class::cast),
                Arbitraries.of("NOT_A_CODE", "intake", "", " ", "\u0000", "a\u0000b", "+999999999-12-31", "2026-02-30",
                        "0000-00-00", "2026-13-01", "-1", "9".repeat(40), "../../etc/passwd", "%00", "\uD83D\uDE00",
                        "\u202Eevil", "ZZ").map(Object.class::cast),
                Arbitraries.just(List.of()).map(Object.class::cast),
                Arbitraries.just(java.util.Arrays.asList(null, null)).map(Object.class::cast),
                Arbitraries.integers().between(1, 60).map(HostileInputIntegrationTests::nested),
                Arbitraries.just(Map.of("$gt", "")).map(Object.class::cast),
                Arbitraries.strings().withChars("<>\"'&;/\\`$").ofMinLength(1).ofMaxLength(40).map(Object.class::cast));
    }

    /** Text a person may well type, which must be accepted and kept as it is. */
    static Arbitrary<String> markupAndQuotes() {
        return Arbitraries.of("O'Brien", "<5 kg", "\"Operation Lemon\"", "<script>alert(1)</script>", "a & b",
                "Müller-Lüdenscheidt", "محمد بن راشد", "1 < 2 > 0", "'; drop table request; --", "{{7*7}}", "${7*7}");
    }

    @Test
    void everyFieldOfARegistrationRefusesHostileValuesCleanlyAndKeepsMarkupAsGiven() throws Exception {
        Map<String, Object> valid = IncomingRequests.fromGermany();
        List<String> fields = new ArrayList<>(valid.keySet());
        fields.addAll(List.of("measures[0].description", "measures[0].coercive", "persons[0].role", "persons[0].fullName",
                "persons[0].nationality", "persons[0].birthDate", "persons[0]", "measures[0]", "requestedDeadline",
                "receivedOn", "urgency", "receivingAuthority"));
        int refused = 0;
        int accepted = 0;
        for (String field : fields) {
            for (Object value : samples(hostileValues(), SAMPLES_PER_FIELD)) {
                Map<String, Object> body = with(IncomingRequests.fromGermany(), field, value);
                var answer = withContext(field, value, () -> postCounting("/api/requests", JSON.writeValueAsString(body)));
                if (answer.status() == 201) {
                    accepted++;
                } else {
                    refused++;
                }
            }
        }
        // Valid ISO dates no case can concern: every day count made from them would overflow.
        for (String field : List.of("requestedDeadline", "receivedOn", "persons[0].birthDate")) {
            for (String date : List.of("+999999999-12-31", "-999999999-01-01", "1899-12-31", "2200-01-01")) {
                var answer = withContext(field, date, () -> postCounting("/api/requests",
                        JSON.writeValueAsString(with(IncomingRequests.fromGermany(), field, date))));
                assertThat(answer.status()).as("%s = %s", field, date).isEqualTo(400);
                assertThat(answer.json().path("field").asText()).isEqualTo(field);
            }
        }
        for (String text : samples(markupAndQuotes(), 11)) {
            Map<String, Object> body = IncomingRequests.fromGermany();
            body.put("summaryOfFacts", text);
            body.put("requestingAuthority", text);
            var answer = post("/api/requests", JSON.writeValueAsString(body));
            assertThat(answer.status()).as("%s is accepted", text).isEqualTo(201);
            String reference = answer.json().path("reference").asText();
            JsonNode stored = api.status(reference);
            assertThat(stored.path("summaryOfFacts").asText()).isEqualTo(text);
            assertThat(stored.path("requestingAuthority").asText()).isEqualTo(text);
            String page = api.user("ircamsterdam").get("/requests/" + reference).body().asText();
            assertThat(page).as("shown inert").doesNotContain("<script>alert(1)</script>");
            String shown = org.springframework.web.util.HtmlUtils.htmlUnescape(page.replaceAll("(?s)<[^>]+>", " "));
            assertThat(shown).as("shown as typed").contains(text);
        }
        assertThat(refused).as("hostile values refused").isGreaterThan(100);
        System.out.printf("registration: %d hostile values refused with 4xx, %d accepted as given%n", refused, accepted);
    }

    @Test
    void rawBodiesNoClientShouldSendAreRefusedWithProblemDetails() throws Exception {
        String valid = JSON.writeValueAsString(IncomingRequests.fromGermany());
        List<byte[]> bodies = new ArrayList<>(List.of(
                bytes(""), bytes("{"), bytes("[]"), bytes("null"), bytes("\"text\""), bytes("{}"),
                bytes(valid.substring(0, valid.length() / 2)),
                bytes(valid.replaceFirst("\\{", "{\"urgency\":\"NORMAL\",")),
                bytes(valid + " trailing"),
                bytes("[".repeat(5_000) + "]".repeat(5_000)),
                bytes("{\"a\":".repeat(3_000) + "1" + "}".repeat(3_000)),
                new byte[] {'{', '"', 's', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'},
                new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0}));
        for (byte[] body : bodies) {
            var answer = sendCounting("POST", "/api/requests", "application/json", body);
            assertThat(answer.status()).as("%s", preview(body)).isBetween(400, 499);
        }
        assertThat(sendCounting("POST", "/api/requests", "text/plain", bytes(valid)).status()).isEqualTo(415);
        assertThat(sendCounting("PUT", "/api/requests", "application/json", bytes(valid)).status()).isEqualTo(405);
        assertThat(sendCounting("DELETE", "/api/requests/RH-2026-000001", "application/json", bytes("")).status())
                .isEqualTo(405);
        assertThat(sendCounting("POST", "/api/requests", "application/xml", bytes("<request/>")).status()).isEqualTo(415);
    }

    @Test
    void queryParametersOfTheListAndThePagesRefuseWhatTheyCannotMean() throws Exception {
        List<String> queries = List.of("page=2147483647", "page=-1", "size=0", "size=201", "size=2147483647",
                "phase=SIDEWAYS", "type=%3Cscript%3E", "direction=%00", "overdue=maybe", "state=%FF%FE", "page=1e9",
                "size=abc", "state=" + "A".repeat(5000));
        for (String query : queries) {
            for (String path : List.of("/api/requests?", "/requests?")) {
                var answer = send("GET", path + query, null, null);
                assertThat(answer.status()).as("%s%s answered %s", path, query, answer.body()).isBetween(200, 499);
                if (answer.status() >= 400) {
                    assertThat(answer.contentType()).as(path + query).startsWith("application/problem+json");
                }
            }
        }
        for (String query : List.of("groupBy=%3Cscript%3E", "from=2026-02-30", "to=0000-13-01", "direction=UP",
                "from=2026-12-01&to=2020-01-01", "to=%2B999999999-12-31", "from=-999999999-01-01")) {
            var answer = send("GET", "/dashboard?" + query, null, null, "coordinator");
            assertThat(answer.status()).as("/dashboard?%s", query).isEqualTo(400);
        }
        for (String query : List.of("to=%2B999999999-12-31", "from=-999999999-01-01", "from=1899-12-31")) {
            for (String path : List.of("/api/turnaround?", "/api/turnaround/trend?", "/api/audit?", "/audit?")) {
                var answer = send("GET", path + query, null, null, path.contains("audit") ? "auditor" : "coordinator");
                assertThat(answer.status()).as("%s%s answered %s", path, query, answer.body()).isEqualTo(400);
                if (path.startsWith("/api/")) {
                    assertThat(answer.json().path("field").asText()).isIn("from", "to");
                }
            }
        }
    }

    @Test
    void messagesFromAbroadRefuseHostileValuesAndTheRegisterStaysAsItWas() throws Exception {
        String reference = api.register("ircamsterdam", IncomingRequests.fromGermany());
        for (String field : List.of("kind", "receivedOn", "summary", "documentIds", "documentIds[0]")) {
            for (Object value : samples(hostileValues(), SAMPLES_PER_FIELD)) {
                Map<String, Object> body = new HashMap<>(Map.of("kind", "SUPPLEMENT", "summary", "Aanvulling"));
                var answer = postCounting("/api/requests/" + reference + "/messages",
                        JSON.writeValueAsString(with(body, field, value)));
                assertThat(answer.status()).isNotEqualTo(500);
            }
        }
    }

    @Test
    void uploadsKeepAnyReadableNameAsGivenAndRefuseBrokenBodies() throws Exception {
        String reference = api.register("ircamsterdam", IncomingRequests.fromGermany());
        byte[] pdf = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
                .getBytes(StandardCharsets.US_ASCII);
        for (String name : List.of("a/b.pdf", "O'Brien <5 kg>.pdf", "../../etc/passwd.pdf", "محضر.pdf", "\u202Efdp.exe.pdf")) {
            var answer = upload(reference, Map.of("kind", "EVIDENCE", "language", "nl"), name, pdf);
            assertThat(answer.status()).as(name).isEqualTo(201);
        }
        List<String> names = jdbc.queryForList("select d.name from request_document d join request r on r.id = d.request_id"
                + " where r.reference = ?", String.class, reference);
        assertThat(names).contains("b.pdf", "O'Brien <5 kg>.pdf", "passwd.pdf", "محضر.pdf");
        for (String name : List.of("nul\u0000.pdf", "x".repeat(600) + ".pdf", "", ".", "..")) {
            assertThat(uploadCounting(reference, Map.of("kind", "EVIDENCE", "language", "nl"), name, pdf).status())
                    .as("name %s", name.length() > 20 ? name.substring(0, 20) + "…" : name).isBetween(201, 499);
        }
        for (Object kind : samples(hostileValues(), 20)) {
            var answer = uploadCounting(reference, Map.of("kind", String.valueOf(kind), "language", "nl"), "x.pdf", pdf);
            assertThat(answer.status()).isBetween(400, 499);
        }
        for (Object language : samples(hostileValues(), 20)) {
            var answer = uploadCounting(reference, Map.of("kind", "EVIDENCE", "language", String.valueOf(language),
                    "datedOn", String.valueOf(language)), "x.pdf", pdf);
            assertThat(answer.status()).isBetween(400, 499);
        }
        String boundary = "----hostile" + random.nextInt(1_000_000);
        byte[] truncated = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n%PDF-1.4 cut off").getBytes(StandardCharsets.UTF_8);
        for (String user : List.of("ircamsterdam", "auditor")) {
            for (String path : List.of("/api/requests/" + reference + "/documents", "/requests/" + reference + "/documents")) {
                var answer = sendCounting("POST", path, "multipart/form-data; boundary=" + boundary, truncated, user);
                assertThat(answer.status()).as("%s %s", user, path).isBetween(400, 499);
                var noBoundary = sendCounting("POST", path, "multipart/form-data", truncated, user);
                assertThat(noBoundary.status()).as("%s %s without boundary", user, path).isBetween(400, 499);
            }
        }
    }

    @Test
    void reassignmentsAndTaskCompletionsRefuseHostileValues() throws Exception {
        String reference = api.register("ircamsterdam", IncomingRequests.fromGermany());
        String taskId = api.status(reference).path("openTasks").get(0).path("id").asText();
        for (String field : List.of("taskIds", "taskIds[0]", "candidateGroup", "assignee", "reason")) {
            for (Object value : samples(hostileValues(), SAMPLES_PER_FIELD)) {
                Map<String, Object> body = new HashMap<>(Map.of("taskIds", List.of(taskId), "candidateGroup", "ircAmsterdam",
                        "reason", "Verlof"));
                var answer = sendCounting("POST", "/api/tasks/reassignments", "application/json",
                        bytes(JSON.writeValueAsString(with(body, field, value))), "coordinator");
                assertThat(answer.status()).as("%s = %s", field, value).isBetween(200, 499);
            }
        }
        for (Object value : samples(hostileValues(), 40)) {
            Map<String, Object> variable = new HashMap<>();
            variable.put("value", value);
            Map<String, Object> body = Map.of("variables", Map.of("requestComplete", variable, "remarks", variable));
            var answer = sendCounting("POST", "/engine-rest/task/" + taskId + "/complete", "application/json",
                    bytes(JSON.writeValueAsString(body)), "ircamsterdam");
            assertThat(answer.status()).as("requestComplete = %s", value).isBetween(204, 499);
            if (answer.status() == 204) {
                break; // a value the form accepts completed the task: the door held
            }
        }
    }

    /** Samples drawn from jqwik's source of randomness, seeded per test, so a failing value comes back on the next run. */
    private static <T> List<T> samples(Arbitrary<T> arbitrary, int count) {
        return arbitrary.sampleStream().limit(count).toList();
    }

    /** A failed check names the field and the value that broke it, whatever the body's preview cuts off. */
    private static Answer withContext(String field, Object value, ThrowingCall call) throws Exception {
        try {
            return call.send();
        } catch (AssertionError failure) {
            String shown = String.valueOf(value);
            throw new AssertionError("%s = %s: %s".formatted(field,
                    shown.length() > 80 ? shown.substring(0, 80) + "… (" + shown.length() + " chars)" : shown,
                    failure.getMessage()), failure);
        }
    }

    @FunctionalInterface
    private interface ThrowingCall {
        Answer send() throws Exception;
    }

    /** Sends and checks the door's answer: never 5xx; a refusal is problem details naming a field; nothing changed. */
    private Answer postCounting(String path, String body) throws Exception {
        return sendCounting("POST", path, "application/json", bytes(body));
    }

    private Answer sendCounting(String method, String path, String contentType, byte[] body) throws Exception {
        return sendCounting(method, path, contentType, body, "ircamsterdam");
    }

    private Answer sendCounting(String method, String path, String contentType, byte[] body, String user) throws Exception {
        Map<String, Long> before = counts();
        Answer answer = send(method, path, contentType, body, user);
        assertThat(answer.status()).as("%s %s with %s answered %s", method, path, preview(body), answer.body())
                .isLessThan(500);
        if (answer.status() >= 400) {
            assertThat(answer.contentType()).as("%s %s answered %s", method, path, answer.body())
                    .startsWith("application/problem+json");
            if (answer.status() == 400 && path.startsWith("/api/")) {
                assertThat(answer.json().path("field").asText()).as("the field named in %s", answer.body()).isNotBlank();
            }
            assertThat(counts()).as("nothing stored by a refused %s %s", method, path).isEqualTo(before);
        }
        return answer;
    }

    private Answer uploadCounting(String reference, Map<String, String> fields, String name, byte[] content) throws Exception {
        String boundary = "----rechtshulp" + random.nextInt(1_000_000);
        return sendCounting("POST", "/api/requests/" + reference + "/documents", "multipart/form-data; boundary=" + boundary,
                multipart(boundary, fields, name, content));
    }

    private Answer upload(String reference, Map<String, String> fields, String name, byte[] content) throws Exception {
        String boundary = "----rechtshulp" + random.nextInt(1_000_000);
        return send("POST", "/api/requests/" + reference + "/documents", "multipart/form-data; boundary=" + boundary,
                multipart(boundary, fields, name, content), "ircamsterdam");
    }

    private Answer post(String path, String body) throws Exception {
        return send("POST", path, "application/json", bytes(body), "ircamsterdam");
    }

    private Answer send(String method, String path, String contentType, byte[] body) throws Exception {
        return send(method, path, contentType, body, "ircamsterdam");
    }

    private Answer send(String method, String path, String contentType, byte[] body, String user) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes()))
                .header("Accept", "application/json, application/problem+json, text/html;q=0.9")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        HttpResponse<String> response = HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.body(), response.headers().firstValue("Content-Type").orElse(""));
    }

    record Answer(int status, String body, String contentType) {

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (Exception e) {
                return JSON.nullNode();
            }
        }
    }

    private Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : TABLES) {
            counts.put(table, jdbc.queryForObject("select count(*) from " + table, Long.class));
        }
        return counts;
    }

    /** The body with one field (a name, or a path such as {@code persons[0].fullName}) set to the value. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> copy = deepCopy(body);
        String[] steps = field.split("\\.");
        Object container = copy;
        for (int i = 0; i < steps.length; i++) {
            String step = steps[i];
            boolean last = i == steps.length - 1;
            if (step.endsWith("]")) {
                String name = step.substring(0, step.indexOf('['));
                int index = Integer.parseInt(step.substring(step.indexOf('[') + 1, step.length() - 1));
                List<Object> list = (List<Object>) ((Map<String, Object>) container).get(name);
                if (list == null) {
                    list = new ArrayList<>();
                    ((Map<String, Object>) container).put(name, list);
                }
                while (list.size() <= index) {
                    list.add(null);
                }
                if (last) {
                    list.set(index, value);
                } else {
                    container = list.get(index);
                }
            } else if (last) {
                ((Map<String, Object>) container).put(step, value);
            } else {
                container = ((Map<String, Object>) container).get(step);
            }
        }
        return copy;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> deepCopy(Map<String, Object> body) {
        return JSON.convertValue(body, Map.class);
    }

    private static Object nested(int depth) {
        Object value = "deep";
        for (int i = 0; i < depth; i++) {
            value = i % 2 == 0 ? Map.of("x", value) : List.of(value);
        }
        return value;
    }

    private static byte[] multipart(String boundary, Map<String, String> fields, String name, byte[] content) {
        var out = new java.io.ByteArrayOutputStream();
        fields.forEach((field, value) -> out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + field + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                + "\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.writeBytes(content);
        out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String preview(byte[] body) {
        if (body == null) {
            return "no body";
        }
        String text = new String(body, 0, Math.min(body.length, 80), StandardCharsets.UTF_8);
        return body.length > 80 ? text + "… (" + body.length + " bytes)" : text;
    }
}

package nl.rechtshulp.documents;

import static nl.rechtshulp.support.ApiAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.Random;
import nl.rechtshulp.support.ApiClient;
import nl.rechtshulp.support.ApiClient.Response;
import nl.rechtshulp.support.IntegrationTest;
import nl.rechtshulp.support.OutgoingRequests;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The case file's documents through the API and the case page, on H2 and PostgreSQL. */
@IntegrationTest
class DocumentsIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aTenMegabyteFileComesBackByteForByteWithItsNameTypeAndChecksum() throws Exception {
        String reference = draft();
        byte[] content = new byte[10 * 1024 * 1024];
        new Random(42).nextBytes(content);
        System.arraycopy(OutgoingRequests.pdf("evidence"), 0, content, 0, 40); // a PDF header: Tika reads the content
        content[40] = '\n';

        Response added = officer().upload(documents(reference), Map.of("kind", "EVIDENCE", "language", "en",
                "datedOn", "2026-11-20"), "../../etc/Bankafschriften 2025 €.pdf", content);

        assertThat(added.status()).as("upload %s", added.body()).isEqualTo(201);
        long id = added.body().path("id").asLong();
        assertThat(added.location()).endsWith(documents(reference) + "/" + id);
        assertThat(added.body().path("name").asText()).isEqualTo("Bankafschriften 2025 €.pdf");
        assertThat(added.body().path("mediaType").asText()).isEqualTo("application/pdf");
        assertThat(added.body().path("size").asLong()).isEqualTo(content.length);
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        assertThat(added.body().path("sha256").asText()).isEqualTo(sha256);
        assertThat(added.body().path("addedBy").asText()).isEqualTo("ircamsterdam");

        var download = officer().download(documents(reference) + "/" + id);
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(content);
        assertThat(download.header("Content-Type")).isEqualTo("application/pdf");
        assertThat(download.header("Content-Disposition")).contains("attachment").contains("Bankafschriften");
        assertThat(download.header("X-Checksum-SHA256")).isEqualTo(sha256);
        assertThat(jdbc.queryForObject("select count(*) from request_document_chunk where document_id = ?", Long.class, id))
                .as("stored in chunks, never whole").isEqualTo(40L);

        JsonNode listed = officer().get(documents(reference)).body();
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).path("kind").asText()).isEqualTo("EVIDENCE");
        assertThat(listed.get(0).path("language").asText()).isEqualTo("en");
        assertThat(listed.get(0).path("datedOn").asText()).isEqualTo("2026-11-20");
    }

    @Test
    void badUploadsAreRefusedWithTheirStatusAndLeaveNothingStored() throws Exception {
        String reference = draft();
        long before = storedRows();
        byte[] pdf = OutgoingRequests.pdf("brief");
        byte[] windowsProgram = new byte[512];
        windowsProgram[0] = 'M';
        windowsProgram[1] = 'Z';
        byte[] zip = {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};

        assertProblem(officer().upload(documents(reference), Map.of("kind", "EVIDENCE", "language", "nl"), "leeg.pdf",
                new byte[0]), 400, "file");
        assertProblem(officer().upload(documents(reference), Map.of("kind", "PHOTO", "language", "nl"), "a.pdf", pdf),
                400, "kind");
        assertProblem(officer().upload(documents(reference), Map.of("kind", "EVIDENCE", "language", "dutch"), "a.pdf",
                pdf), 400, "language");
        assertProblem(officer().upload(documents(reference), Map.of("kind", "EVIDENCE", "language", "nl"), null, null),
                400, "file");
        assertProblem(officer().upload(documents(reference), Map.of("kind", "EVIDENCE", "language", "nl"),
                "rapport.pdf", windowsProgram), 415, null);
        assertProblem(officer().upload(documents(reference), Map.of("kind", "EVIDENCE", "language", "nl"),
                "stukken.zip", zip), 415, null);
        assertProblem(officer().upload(documents(reference), Map.of("kind", "EVIDENCE", "language", "nl"),
                "groot.pdf", new byte[13 * 1024 * 1024]), 413, null);
        assertProblem(officer().upload(documents(reference), Map.of("kind", "EVIDENCE", "language", "nl"),
                "verslag.docx", zipWithFirstEntry("tools/run.exe")), 415, null);

        assertThat(storedRows()).as("nothing stored").isEqualTo(before);
        assertThat(officer().get(documents(reference)).body()).isEmpty();
    }

    @Test
    void aCorrectionSupersedesTheOldDocumentAndBothStayAndWithdrawalKeepsTheContent() {
        String reference = draft();
        long first = officer().upload(documents(reference), Map.of("kind", "TRANSLATION", "language", "en"),
                "translation.txt", "First translation".getBytes(StandardCharsets.UTF_8)).body().path("id").asLong();

        Response corrected = officer().upload(documents(reference), Map.of("kind", "TRANSLATION", "language", "en",
                "supersedes", String.valueOf(first)), "translation-v2.txt",
                "Corrected translation".getBytes(StandardCharsets.UTF_8));

        assertThat(corrected.status()).isEqualTo(201);
        assertThat(corrected.body().path("mediaType").asText()).startsWith("text/plain");
        JsonNode listed = officer().get(documents(reference)).body();
        assertThat(listed).hasSize(2);
        assertThat(listed.get(0).path("supersededBy").asLong()).isEqualTo(corrected.body().path("id").asLong());
        assertThat(officer().upload(documents(reference), Map.of("kind", "TRANSLATION", "language", "en",
                "supersedes", String.valueOf(first)), "v3.txt", "again".getBytes(StandardCharsets.UTF_8)).status())
                .as("a version is superseded once").isEqualTo(409);

        assertThat(officer().delete(documents(reference) + "/" + first).status()).as("a reason is required").isEqualTo(400);
        assertThat(officer().delete(documents(reference) + "/" + first + "?reason=Verkeerde%20versie").status())
                .isEqualTo(204);
        assertThat(officer().get(documents(reference)).body()).hasSize(1);
        JsonNode all = officer().get(documents(reference) + "?all=true").body();
        assertThat(all).hasSize(2);
        assertThat(all.get(0).path("withdrawalReason").asText()).isEqualTo("Verkeerde versie");
        assertThat(officer().download(documents(reference) + "/" + first).body())
                .isEqualTo("First translation".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void accessIsTheRequestsOwnAuditorsReadAndEveryActionIsAudited() {
        String reference = draft();
        long id = officer().upload(documents(reference), Map.of("kind", "REQUEST_LETTER", "language", "nl"),
                "verzoek.pdf", OutgoingRequests.pdf("verzoek")).body().path("id").asLong();
        var rotterdam = ApiClient.as(port, "ircrotterdam", "demo");
        var auditor = ApiClient.as(port, "auditor", "demo");

        assertThat(rotterdam.get(documents(reference)).status()).isEqualTo(404);
        assertThat(rotterdam.download(documents(reference) + "/" + id).status()).isEqualTo(404);
        assertThat(rotterdam.upload(documents(reference), Map.of("kind", "OTHER", "language", "nl"), "x.pdf",
                OutgoingRequests.pdf("x")).status()).isEqualTo(404);
        assertThat(rotterdam.delete(documents(reference) + "/" + id + "?reason=x").status()).isEqualTo(404);
        assertThat(rotterdam.get("/requests/" + reference).status()).isEqualTo(404);
        assertThat(officer().download(documents(reference) + "/999999999").status()).isEqualTo(404);

        assertThat(auditor.get(documents(reference)).body()).hasSize(1);
        assertThat(auditor.download(documents(reference) + "/" + id).status()).isEqualTo(200);
        assertThat(auditor.upload(documents(reference), Map.of("kind", "OTHER", "language", "nl"), "x.pdf",
                OutgoingRequests.pdf("x")).status()).isEqualTo(403);
        assertThat(auditor.delete(documents(reference) + "/" + id + "?reason=x").status()).isEqualTo(403);

        assertThat(officer().delete(documents(reference) + "/" + id + "?reason=Dubbel").status()).isEqualTo(204);
        JsonNode trail = auditor.get("/api/requests/" + reference + "/audit").body().path("entries");
        assertThat(trail).extracting(entry -> entry.path("action").asText())
                .contains("DOCUMENT_ADDED", "DOCUMENT_DOWNLOADED", "DOCUMENT_WITHDRAWN");
    }

    @Test
    void repliesCarryTheirDocumentsForTheAnalyst() {
        String reference = sentToColombia();
        long evidence = officer().upload(documents(reference), Map.of("kind", "EVIDENCE", "language", "es"),
                "declaraciones.pdf", OutgoingRequests.pdf("declaraciones")).body().path("id").asLong();

        assertThat(officer().post("/api/requests/" + reference + "/messages", Map.of("kind", "FINAL_REPLY",
                "summary", "Witness statements", "documentIds", java.util.List.of(999999999L))).status()).isEqualTo(400);
        assertThat(officer().post("/api/requests/" + reference + "/messages", Map.of("kind", "FINAL_REPLY",
                "summary", "Witness statements", "documentIds", java.util.List.of(evidence))).status()).isEqualTo(202);

        assertThat(officer().get(documents(reference)).body().get(0).path("messageId").asLong()).isPositive();
        JsonNode task = null;
        for (JsonNode open : officer().get("/api/requests/" + reference).body().path("openTasks")) {
            task = open;
        }
        JsonNode variables = ApiClient.as(port, "politie", "demo")
                .get("/engine-rest/task/" + task.path("id").asText() + "/form-variables").body();
        assertThat(variables.path("replyDocuments").path("value").asText()).contains("declaraciones.pdf");
    }

    @Test
    void theCasePageShowsTheRequestAsTextAndTakesUploadsOnlyFromItsOwnPages() {
        var body = OutgoingRequests.toUae();
        body.put("summaryOfFacts", "<script>alert('x')</script> proceeds via Dubai");
        String reference = draft(body);

        Response page = officer().get("/requests/" + reference);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        String html = page.body().asText();
        assertThat(html).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;").doesNotContain("<script>alert");
        assertThat(html).contains("Uitgaand rechtshulpverzoek " + reference, "Concept aanvullen", "/audit/requests/" + reference);

        Response fromPage = officer().uploadFrom("http://localhost:" + port, "/requests/" + reference + "/documents",
                Map.of("kind", "WARRANT", "language", "nl"), "bevel.pdf", OutgoingRequests.pdf("bevel"));
        assertThat(fromPage.status()).isEqualTo(303);
        assertThat(fromPage.location()).endsWith("/requests/" + reference + "#documenten");
        Response fromElsewhere = officer().uploadFrom("https://evil.example", "/requests/" + reference + "/documents",
                Map.of("kind", "WARRANT", "language", "nl"), "bevel.pdf", OutgoingRequests.pdf("bevel"));
        assertThat(fromElsewhere.status()).isEqualTo(403);
        assertThat(officer().get(documents(reference)).body()).hasSize(1);
    }

    @Test
    void anOfficeDocumentIsAcceptedForWhatItIsAndACorrectionKeepsItsKind() throws Exception {
        String reference = draft();
        Response docx = officer().upload(documents(reference), Map.of("kind", "CORRESPONDENCE", "language", "en"),
                "brief.docx", zipWithFirstEntry("[Content_Types].xml"));
        assertThat(docx.status()).as("upload %s", docx.body()).isEqualTo(201);
        assertThat(docx.body().path("mediaType").asText())
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

        Response otherKind = officer().upload(documents(reference), Map.of("kind", "WARRANT", "language", "en",
                "supersedes", docx.body().path("id").asText()), "bevel.pdf", OutgoingRequests.pdf("bevel"));
        assertProblem(otherKind, 400, "supersedes");
    }

    private static byte[] zipWithFirstEntry(String name) throws java.io.IOException {
        var bytes = new java.io.ByteArrayOutputStream();
        try (var zip = new java.util.zip.ZipOutputStream(bytes)) {
            zip.putNextEntry(new java.util.zip.ZipEntry(name));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new java.util.zip.ZipEntry("word/document.xml"));
            zip.write("<document/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    private long storedRows() {
        return jdbc.queryForObject("select (select count(*) from request_document) + (select count(*) from request_document_chunk)",
                Long.class);
    }

    private String sentToColombia() {
        var body = OutgoingRequests.toUae();
        body.put("requestedState", "CO");
        body.put("requestLanguage", "es");
        String reference = draft(body);
        complete("ircamsterdam", reference, Map.of("qualityApproved", "true"));
        complete("airs", reference, Map.of("centralAuthorityTransmits", "true", "channel", "CENTRAL_AUTHORITY",
                "sentOn", java.time.LocalDate.now().toString()));
        return reference;
    }

    private void complete(String userId, String reference, Map<String, Object> values) {
        JsonNode task = officer().get("/api/requests/" + reference).body().path("openTasks").get(0);
        Map<String, Object> variables = new java.util.HashMap<>();
        values.forEach((name, value) -> variables.put(name, Map.of("value", value)));
        assertThat(ApiClient.as(port, userId, "demo").post("/engine-rest/task/" + task.path("id").asText() + "/complete",
                Map.of("variables", variables)).status()).isEqualTo(204);
    }

    private String draft() {
        return draft(OutgoingRequests.toUae());
    }

    private String draft(Map<String, Object> body) {
        Response created = officer().post("/api/requests", body);
        assertThat(created.status()).as("draft %s", created.body()).isEqualTo(201);
        return created.body().path("reference").asText();
    }

    private static String documents(String reference) {
        return "/api/requests/" + reference + "/documents";
    }

    private ApiClient officer() {
        return ApiClient.as(port, "ircamsterdam", "demo");
    }

}

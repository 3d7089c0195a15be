package nl.rechtshulp.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.rechtshulp.support.ApiClient;
import nl.rechtshulp.support.DatabaseProfiles;
import nl.rechtshulp.support.IncomingRequests;
import nl.rechtshulp.support.Node;
import nl.rechtshulp.support.PostgresAvailable;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The README's backup, done for real: {@code pg_dump} of a running system's database, restored into a new database
 * with {@code psql}, and the application started on the copy finds every request, every document (its checksum
 * checked on download) and every audit chain intact.
 */
@ExtendWith(PostgresAvailable.class)
class BackupRestoreIntegrationTests {

    private static final String SERVER = System.getProperty("RH_DB_URL", "jdbc:postgresql://127.0.0.1:5432/rechtshulp_test")
            .replaceAll("/[^/]*$", "/");
    private static final String ORIGINAL = "rechtshulp_backup_original";
    private static final String RESTORED = "rechtshulp_backup_restored";

    @Test
    void aDumpOfARunningSystemRestoresIntoANewDatabaseWithEverythingIntact() throws Exception {
        Assumptions.assumeTrue(DatabaseProfiles.onPostgres(), "a PostgreSQL test; runs on the PostgreSQL run");
        recreate(ORIGINAL);
        recreate(RESTORED);
        Map<String, String> documents = new LinkedHashMap<>();
        List<String> references = new ArrayList<>();
        Path dump = Path.of("target/backup/rechtshulp.sql").toAbsolutePath();
        Files.createDirectories(dump.getParent());
        try (Node running = Node.of("backup-original", SERVER + ORIGINAL)) {
            running.start();
            running.awaitReady(Duration.ofSeconds(120));
            var officer = ApiClient.withSession(running.url(), "ircamsterdam", "demo");
            for (int i = 0; i < 5; i++) {
                String reference = officer.post("/api/requests", IncomingRequests.fromGermany()).body().path("reference").asText();
                references.add(reference);
                byte[] content = ("%PDF-1.4\n% stuk " + i + " " + reference + "\ntrailer << >>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
                var uploaded = officer.upload("/api/requests/" + reference + "/documents",
                        Map.of("kind", "CORRESPONDENCE", "language", "de"), "brief-" + i + ".pdf", content);
                assertThat(uploaded.status()).isEqualTo(201);
                documents.put("/api/requests/" + reference + "/documents/" + uploaded.body().path("id").asText(), sha256(content));
            }
            // The backup is taken while the application runs, as the README says.
            run("pg_dump", "-h", "127.0.0.1", "-U", "postgres", "--no-owner", "--file", dump.toString(), ORIGINAL);
        }
        run("psql", "-h", "127.0.0.1", "-U", "postgres", "-v", "ON_ERROR_STOP=1", "-q", "-d", RESTORED, "-f", dump.toString());

        try (Node restored = Node.of("backup-restored", SERVER + RESTORED)) {
            restored.start();
            restored.awaitReady(Duration.ofSeconds(120));
            var coordinator = ApiClient.withSession(restored.url(), "coordinator", "demo");
            for (String reference : references) {
                JsonNode request = coordinator.get("/api/requests/" + reference).body();
                assertThat(request.path("reference").asText()).isEqualTo(reference);
                assertThat(request.path("openTasks")).as("%s still has its task", reference).hasSize(1);
            }
            for (var document : documents.entrySet()) {
                var download = coordinator.download(document.getKey());
                assertThat(download.status()).as("%s downloads after its checksum was checked", document.getKey()).isEqualTo(200);
                assertThat(sha256(download.body())).isEqualTo(document.getValue());
            }
            JsonNode verification = ApiClient.withSession(restored.url(), "auditor", "demo").get("/api/audit/verification").body();
            assertThat(verification.path("intact").asBoolean()).as("audit chains: %s", verification).isTrue();
            assertThat(verification.path("chainsChecked").asInt()).isGreaterThanOrEqualTo(references.size());
        }
    }

    private static void run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as("%s: %s", command[0], output).isZero();
    }

    private static void recreate(String database) throws SQLException {
        try (Connection server = DriverManager.getConnection(SERVER + "postgres", "postgres", "");
             var statement = server.createStatement()) {
            statement.execute("drop database if exists " + database + " with (force)");
            statement.execute("create database " + database);
        }
    }

    private static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }
}

package nl.rechtshulp.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import nl.rechtshulp.support.IntegrationTest;
import nl.rechtshulp.support.OutgoingRequests;
import nl.rechtshulp.support.RequestApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit trail against an insider who can write to the database: a chain recomputed with plain SHA-256, a tail
 * removed together with its head, a chain sealed again with the right key after a checkpoint. Each forgery is made
 * for real in the database, caught by the verification and the command-line verifier, and put back afterwards.
 */
@IntegrationTest
class AuditSealIntegrationTests {

    private static final String ENTRIES = """
            select id, chain_seq, occurred_at, actor, actor_groups, request_reference, source, action, subject,
                   before_value, after_value, reason, previous_hash, hash, key_id
            from audit_entry where chain_key = ? order by chain_seq""";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    AuditKeys keys;

    @Autowired
    AuditCheckpoints checkpoints;

    @Autowired
    AuditRetention retention;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    AuditSealSettings sealSettings;

    private RequestApi api;

    @BeforeEach
    void connect() {
        api = new RequestApi(port);
    }

    @Test
    void anEntryChangedAndItsChainRecomputedWithPlainSha256IsCaught() throws Exception {
        String reference = api.register("ircamsterdam", OutgoingRequests.toUae());
        List<Map<String, Object>> original = entries(reference);
        try {
            reseal(reference, original, 2, (previous, row) -> sha256(canonical(previous, reference, row)));
            var broken = verification();
            assertThat(broken.path("intact").asBoolean()).isFalse();
            assertThat(broken.path("firstBroken").path("chainKey").asText()).isEqualTo(reference);
            assertThat(broken.path("firstBroken").path("chainSeq").asLong()).isEqualTo(2);
            assertThat(broken.path("firstBroken").path("problem").asText()).contains("changed");
            assertThat(cli()).contains("BROKEN at chain " + reference + ", entry 2");
        } finally {
            restore(reference, original);
        }
        assertThat(verification().path("intact").asBoolean()).isTrue();
    }

    @Test
    void aTailRemovedWithItsHeadIsCaughtAgainstTheCheckpoint() throws Exception {
        String reference = api.register("ircamsterdam", OutgoingRequests.toUae());
        List<Map<String, Object>> original = entries(reference);
        assertThat(original.size()).isGreaterThan(3);
        var checkpoint = writeCheckpoint();
        assertThat(checkpoint.path("chains").asInt()).isPositive();
        Map<String, Object> keptLast = original.get(original.size() - 3);
        try {
            jdbc.update("delete from audit_entry where chain_key = ? and chain_seq > ?", reference, keptLast.get("chain_seq"));
            jdbc.update("update audit_chain set last_seq = ?, last_hash = ? where chain_key = ?",
                    keptLast.get("chain_seq"), keptLast.get("hash"), reference);
            assertThat(verifyWithout()).as("without the checkpoint the shortened chain looks whole").isTrue();

            var broken = verification();
            assertThat(broken.path("intact").asBoolean()).isFalse();
            assertThat(broken.path("firstBroken").path("chainKey").asText()).isEqualTo(reference);
            assertThat(broken.path("firstBroken").path("problem").asText())
                    .contains("recorded in " + checkpoint.path("file").asText()).contains("missing");
            assertThat(cli()).contains("BROKEN at chain " + reference).contains("missing");
        } finally {
            restore(reference, original);
        }
        assertThat(verification().path("intact").asBoolean()).isTrue();
    }

    @Test
    void aChainSealedAgainWithTheRightKeyAfterACheckpointIsCaught() throws Exception {
        String reference = api.register("ircamsterdam", OutgoingRequests.toUae());
        List<Map<String, Object>> original = entries(reference);
        writeCheckpoint();
        try {
            reseal(reference, original, 2, (previous, row) -> ChainHash.seal(keys.current(), keys.currentId(), previous,
                    reference, ((Number) row.get("chain_seq")).longValue(), instant(row), (String) row.get("actor"),
                    (String) row.get("actor_groups"), (String) row.get("request_reference"), (String) row.get("source"),
                    (String) row.get("action"), (String) row.get("subject"), (String) row.get("before_value"),
                    (String) row.get("after_value"), (String) row.get("reason")));
            assertThat(verifyWithout()).as("with the key the forgery seals like the original").isTrue();

            var broken = verification();
            assertThat(broken.path("intact").asBoolean()).isFalse();
            assertThat(broken.path("firstBroken").path("chainKey").asText()).isEqualTo(reference);
            assertThat(broken.path("firstBroken").path("problem").asText()).contains("differs from what checkpoint-");
        } finally {
            restore(reference, original);
        }
        assertThat(verification().path("intact").asBoolean()).isTrue();
    }

    @Test
    void aRotatedKeyStillVerifiesTheEntriesTheOldKeySealed() {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        var rotated = AuditKeys.parse(AuditKeys.DEMO_KEYS + ",2027-01:" + Base64.getEncoder().encodeToString(secret), null);
        assertThat(rotated.currentId()).isEqualTo("2027-01");
        var transaction = new TransactionTemplate(transactions);
        transaction.executeWithoutResult(status -> {
            // Rolled back: the shared trail keeps only entries the application's own key sealed.
            new AuditWriter(jdbc, rotated).write(List.of(new AuditEvent(Instant.now(), "admin", "admins", null, null,
                    AuditSource.APPLICATION, "KEY_ROTATED", "audit seal", "demo-1", "2027-01", "rotation test")));
            Connection connection = DataSourceUtils.getConnection(dataSource);
            try {
                assertThat(ChainVerifier.verify(connection, rotated, checkpoints.all()).intact()).isTrue();
                var withoutNewKey = ChainVerifier.verify(connection, keys, checkpoints.all());
                assertThat(withoutNewKey.intact()).isFalse();
                assertThat(withoutNewKey.firstBroken().problem()).contains("not known here (2027-01)");
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
            status.setRollbackOnly();
        });
    }

    @Test
    void retentionRemovesWholeChainsAndTheTrailStillVerifiesAgainstItsCheckpoints() throws Exception {
        String expired = api.register("ircamsterdam", OutgoingRequests.toUae());
        api.complete("ircamsterdam", expired, "Task_ReviseDraft", Map.of("abandonDraft", "true", "abandonReason", "Ingetrokken"));
        writeCheckpoint();
        jdbc.update("update request set closed_at = ? where reference = ?",
                Timestamp.from(Instant.now().minus(11 * 366, ChronoUnit.DAYS)), expired);

        assertThat(retention.removeExpired()).isPositive();
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where chain_key = ?", Long.class, expired)).isZero();

        assertThat(verification().path("intact").asBoolean()).isTrue();
        long removal = jdbc.queryForObject("select max(chain_seq) from audit_entry where chain_key = 'system' "
                + "and action = 'RETENTION_REMOVED'", Long.class);
        assertThat(checkpoints.all()).as("a checkpoint holds the removal's record").anySatisfy(c ->
                assertThat(c.heads()).anySatisfy(head -> {
                    assertThat(head.chainKey()).isEqualTo("system");
                    assertThat(head.seq()).isGreaterThanOrEqualTo(removal);
                }));
        assertThat(cli()).startsWith("audit trail intact");
    }

    @Test
    void aRemovalForgedWithTheKeyDoesNotExplainAMissingChain() throws Exception {
        String reference = api.register("ircamsterdam", OutgoingRequests.toUae());
        List<Map<String, Object>> original = entries(reference);
        Map<String, Object> head = jdbc.queryForMap("select last_seq, last_hash from audit_chain where chain_key = ?", reference);
        writeCheckpoint();
        var transaction = new TransactionTemplate(transactions);
        try {
            // An insider with the key records a "retention" of the chain and deletes it: sealed like the real thing.
            transaction.executeWithoutResult(status -> new AuditWriter(jdbc, keys).write(List.of(new AuditEvent(
                    Instant.now(), "system", null, null, null, AuditSource.APPLICATION, "RETENTION_REMOVED",
                    "MLA closed before 2010", null, reference, "retention P10Y for MLA"))));
            jdbc.update("delete from audit_entry where chain_key = ?", reference);
            jdbc.update("delete from audit_chain where chain_key = ?", reference);

            var broken = verification();
            assertThat(broken.path("intact").asBoolean()).isFalse();
            assertThat(broken.path("firstBroken").path("chainKey").asText()).isEqualTo(reference);
            assertThat(broken.path("firstBroken").path("problem").asText()).contains("is missing");
        } finally {
            jdbc.update("insert into audit_chain (chain_key, last_seq, last_hash) values (?, ?, ?)", reference,
                    head.get("last_seq"), head.get("last_hash"));
            restore(reference, original);
            // The forged record stays in the system chain, as an insider's trace would; a later checkpoint covers it.
        }
    }

    @Test
    void checkpointsAreWrittenByAdministratorsAndKeptByAuditors() {
        assertThat(api.user("auditor").post("/api/audit/checkpoints", Map.of()).status())
                .as("auditors change nothing").isEqualTo(403);
        var written = writeCheckpoint();
        String file = written.path("file").asText();
        JsonNode list = api.user("auditor").get("/api/audit/checkpoints").body();
        assertThat(list.toString()).contains(file).contains("\"sealed\":true");
        var download = api.user("auditor").download("/api/audit/checkpoints/" + file);
        assertThat(download.status()).isEqualTo(200);
        assertThat(new String(download.body(), StandardCharsets.UTF_8)).contains("\"seal\"").contains("\"heads\"");
        assertThat(api.user("auditor").get("/api/audit/checkpoints/..%2Fapplication.yml").status())
                .as("nothing outside the checkpoints is served").isIn(400, 404);
        assertThat(api.user("auditor").get("/api/audit/checkpoints/application.yml").status()).isEqualTo(404);
        assertThat(api.user("coordinator").get("/api/audit/checkpoints").status()).isEqualTo(403);
    }

    /** The command-line verifier against the same database, keys and checkpoints, as an auditor runs it. */
    private String cli() throws java.sql.SQLException {
        var url = dataSource.unwrap(com.zaxxer.hikari.HikariDataSource.class);
        var out = new java.io.ByteArrayOutputStream();
        int exit = VerifyAuditTrail.run(new String[] {url.getJdbcUrl(), url.getUsername(),
                url.getPassword() == null ? "" : url.getPassword(), "--keys=" + AuditKeys.DEMO_KEYS,
                "--checkpoints=" + sealSettings.checkpoints()}, new java.io.PrintStream(out, true, StandardCharsets.UTF_8));
        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(exit).as(printed).isEqualTo(printed.contains("BROKEN") ? 1 : 0);
        return printed;
    }

    private JsonNode writeCheckpoint() {
        var response = nl.rechtshulp.support.ApiClient.as(port, "admin", "admin").post("/api/audit/checkpoints", Map.of());
        assertThat(response.status()).as("checkpoint %s", response.body()).isEqualTo(201);
        return response.body();
    }

    private JsonNode verification() {
        return api.user("auditor").get("/api/audit/verification").body();
    }

    private boolean verifyWithout() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            return ChainVerifier.verify(connection, keys, List.of()).intact();
        }
    }

    private List<Map<String, Object>> entries(String chain) {
        return jdbc.queryForList(ENTRIES, chain);
    }

    /** Changes entry {@code from}'s after-value, then links and seals it and every later entry as {@code sealer} says. */
    private void reseal(String chain, List<Map<String, Object>> rows, int from, Sealer sealer) {
        String previous = (String) rows.get(from - 2).get("hash");
        for (Map<String, Object> original : rows.subList(from - 1, rows.size())) {
            var row = new org.springframework.util.LinkedCaseInsensitiveMap<Object>();
            row.putAll(original);
            if (((Number) row.get("chain_seq")).intValue() == from) {
                row.put("after_value", "changed by the database administrator");
            }
            String hash = sealer.seal(previous, row);
            jdbc.update("update audit_entry set after_value = ?, previous_hash = ?, hash = ? where id = ?",
                    row.get("after_value"), previous, hash, row.get("id"));
            previous = hash;
        }
        jdbc.update("update audit_chain set last_hash = ? where chain_key = ?", previous, chain);
    }

    private void restore(String chain, List<Map<String, Object>> rows) {
        jdbc.update("delete from audit_entry where chain_key = ? and chain_seq <= ?", chain, rows.size());
        for (Map<String, Object> row : rows) {
            jdbc.update("""
                    insert into audit_entry (id, chain_key, chain_seq, occurred_at, actor, actor_groups, request_reference,
                        source, action, subject, before_value, after_value, reason, previous_hash, hash, key_id)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", row.get("id"), chain, row.get("chain_seq"),
                    row.get("occurred_at"), row.get("actor"), row.get("actor_groups"), row.get("request_reference"),
                    row.get("source"), row.get("action"), row.get("subject"), row.get("before_value"),
                    row.get("after_value"), row.get("reason"), row.get("previous_hash"), row.get("hash"), row.get("key_id"));
        }
        var last = rows.get(rows.size() - 1);
        jdbc.update("update audit_chain set last_seq = ?, last_hash = ? where chain_key = ?",
                last.get("chain_seq"), last.get("hash"), chain);
    }

    private static String canonical(String previous, String chain, Map<String, Object> row) {
        return ChainHash.canonical(previous, chain, ((Number) row.get("chain_seq")).longValue(), instant(row),
                (String) row.get("actor"), (String) row.get("actor_groups"), (String) row.get("request_reference"),
                (String) row.get("source"), (String) row.get("action"), (String) row.get("subject"),
                (String) row.get("before_value"), (String) row.get("after_value"), (String) row.get("reason"));
    }

    private static Instant instant(Map<String, Object> row) {
        Object at = row.get("occurred_at");
        if (at instanceof java.time.OffsetDateTime offset) {
            return offset.toInstant();
        }
        return ((Timestamp) at).toInstant();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @FunctionalInterface
    private interface Sealer {
        String seal(String previous, Map<String, Object> row);
    }
}

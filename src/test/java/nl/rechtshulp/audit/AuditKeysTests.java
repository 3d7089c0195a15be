package nl.rechtshulp.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The seal's keys come from outside the database, are checked when read, and a rotation keeps old ones. */
class AuditKeysTests {

    private static final String SECRET_A = Base64.getEncoder().encodeToString("a".repeat(32).getBytes(StandardCharsets.UTF_8));
    private static final String SECRET_B = Base64.getEncoder().encodeToString("b".repeat(40).getBytes(StandardCharsets.UTF_8));

    @TempDir
    Path folder;

    @Test
    void theLastKeyListedSealsUnlessAnotherIsNamed() {
        assertThat(AuditKeys.parse("2026:" + SECRET_A + ", 2027:" + SECRET_B, null).currentId()).isEqualTo("2027");
        assertThat(AuditKeys.parse("2026:" + SECRET_A + ",2027:" + SECRET_B, "2026").currentId()).isEqualTo("2026");
        var keys = AuditKeys.parse("2026:" + SECRET_A + ",2027:" + SECRET_B, null);
        assertThat(keys.secret("2026")).isNotNull();
        assertThat(keys.secret("1999")).isNull();
    }

    @Test
    void aShortMalformedOrUnknownKeyIsRefused() {
        assertThatThrownBy(() -> AuditKeys.parse("k:" + Base64.getEncoder().encodeToString(new byte[16]), null))
                .hasMessageContaining("fewer than 32 bytes");
        assertThatThrownBy(() -> AuditKeys.parse("k:not base64!", null)).hasMessageContaining("not base64");
        assertThatThrownBy(() -> AuditKeys.parse("just-a-secret", null)).hasMessageContaining("id:base64");
        assertThatThrownBy(() -> AuditKeys.parse("k:" + SECRET_A, "other")).hasMessageContaining("not among the keys");
    }

    @Test
    void outsideDemoModeTheApplicationDoesNotStartWithoutAKey() throws Exception {
        var configuration = new AuditConfiguration();
        var none = new AuditSealSettings(null, null, null, folder.toString(), Duration.ofMinutes(15));
        assertThatThrownBy(() -> configuration.auditKeys(none, false)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("RH_AUDIT_KEYS");
        assertThat(configuration.auditKeys(none, true).currentId()).isEqualTo("demo-1");

        Path file = Files.writeString(folder.resolve("audit-keys"), "file-key:" + SECRET_B + "\n");
        var fromFile = new AuditSealSettings(null, file.toString(), null, folder.toString(), Duration.ofMinutes(15));
        assertThat(configuration.auditKeys(fromFile, false).currentId()).isEqualTo("file-key");
    }

    @Test
    void theSealDependsOnTheKeyAndEveryField() {
        byte[] a = Base64.getDecoder().decode(SECRET_A);
        byte[] b = Base64.getDecoder().decode(SECRET_B);
        Instant at = Instant.parse("2026-12-01T10:15:30.123456Z");
        String sealed = ChainHash.seal(a, "a", ChainHash.GENESIS, "RH-2026-000001", 1, at, "airs", "airs", null,
                "APPLICATION", "DECISION", "Task", null, "granted", "reason");
        assertThat(sealed).hasSize(64).isEqualTo(ChainHash.seal(a, "a", ChainHash.GENESIS, "RH-2026-000001", 1, at,
                "airs", "airs", null, "APPLICATION", "DECISION", "Task", null, "granted", "reason"));
        assertThat(ChainHash.seal(b, "a", ChainHash.GENESIS, "RH-2026-000001", 1, at, "airs", "airs", null,
                "APPLICATION", "DECISION", "Task", null, "granted", "reason")).isNotEqualTo(sealed);
        assertThat(ChainHash.seal(a, "a", ChainHash.GENESIS, "RH-2026-000001", 1, at, "airs", "airs", null,
                "APPLICATION", "DECISION", "Task", null, "refused", "reason")).isNotEqualTo(sealed);
    }
}

package nl.rechtshulp.audit;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the audit trail's seal comes from and where its checkpoints go: the keys (or a file holding them), the key
 * that seals new entries, the directory for checkpoints (one the database's administrators do not control) and how
 * often one is written.
 */
@ConfigurationProperties("rechtshulp.audit.seal")
record AuditSealSettings(String keys, String keysFile, String currentKey, String checkpoints,
                         Duration checkpointInterval) {
}

package nl.rechtshulp.audit;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * Verifies the audit trail from the command line, without starting the application, against the sealing keys and the
 * checkpoints: {@code java -cp rechtshulp.jar -Dloader.main=nl.rechtshulp.audit.VerifyAuditTrail
 * org.springframework.boot.loader.launch.PropertiesLauncher <jdbc-url> [user] [password] [--keys-file=file]
 * --checkpoints=directory}; the keys also from {@code RH_AUDIT_KEYS_FILE} or {@code RH_AUDIT_KEYS} (a file keeps the
 * secret out of the shell's history), the directory from {@code RH_AUDIT_CHECKPOINTS}.
 * Exit code 0: every link holds; 1: a link is broken (the first is printed); 2: the trail or the keys could not be read.
 */
public final class VerifyAuditTrail {

    private VerifyAuditTrail() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out));
    }

    static int run(String[] args, PrintStream out) {
        List<String> positional = new ArrayList<>();
        String keySpec = System.getenv("RH_AUDIT_KEYS");
        String keysFile = System.getenv("RH_AUDIT_KEYS_FILE");
        String checkpointDirectory = System.getenv("RH_AUDIT_CHECKPOINTS");
        for (String arg : args) {
            if (arg.startsWith("--keys=")) {
                keySpec = arg.substring("--keys=".length());
            } else if (arg.startsWith("--keys-file=")) {
                keysFile = arg.substring("--keys-file=".length());
            } else if (arg.startsWith("--checkpoints=")) {
                checkpointDirectory = arg.substring("--checkpoints=".length());
            } else {
                positional.add(arg);
            }
        }
        if (positional.isEmpty()) {
            out.println("usage: VerifyAuditTrail <jdbc-url> [user] [password] [--keys-file=file | --keys=id:base64,...] "
                    + "--checkpoints=dir");
            return 2;
        }
        AuditKeys keys;
        try {
            if ((keySpec == null || keySpec.isBlank()) && keysFile != null) {
                keySpec = java.nio.file.Files.readString(Path.of(keysFile)).trim();
            }
            keys = AuditKeys.parse(keySpec, null);
        } catch (IllegalArgumentException | java.io.IOException e) {
            out.println("cannot read the audit keys (--keys-file, --keys or RH_AUDIT_KEYS_FILE, RH_AUDIT_KEYS): "
                    + e.getMessage());
            return 2;
        }
        if (checkpointDirectory == null || !java.nio.file.Files.isDirectory(Path.of(checkpointDirectory))) {
            // Without the checkpoints a truncated or re-sealed chain cannot be told from a whole one.
            out.println("cannot read the audit checkpoints (--checkpoints or RH_AUDIT_CHECKPOINTS): " + checkpointDirectory);
            return 2;
        }
        var checkpoints = AuditCheckpoints.load(checkpointDirectory == null ? null : Path.of(checkpointDirectory), keys);
        String user = positional.size() > 1 ? positional.get(1) : System.getenv().getOrDefault("RH_DB_USER", "postgres");
        String password = positional.size() > 2 ? positional.get(2) : System.getenv().getOrDefault("RH_DB_PASSWORD", "");
        try (Connection connection = DriverManager.getConnection(positional.get(0), user, password)) {
            connection.setAutoCommit(false); // lets PostgreSQL stream the entries instead of loading them all
            connection.setReadOnly(true);
            ChainVerifier.Report report = ChainVerifier.verify(connection, keys, checkpoints);
            if (report.intact()) {
                out.printf("audit trail intact: %d entries in %d chains, %d checkpoints%n", report.entriesChecked(),
                        report.chainsChecked(), report.checkpointsChecked());
                return 0;
            }
            var link = report.firstBroken();
            out.printf("audit trail BROKEN at chain %s, entry %d (id %s): %s%n", link.chainKey(), link.chainSeq(),
                    link.entryId(), link.problem());
            return 1;
        } catch (SQLException e) {
            out.println("cannot read the audit trail: " + e.getMessage());
            return 2;
        }
    }
}

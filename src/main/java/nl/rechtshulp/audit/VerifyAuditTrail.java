package nl.rechtshulp.audit;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * Verifies the audit trail from the command line, without starting the application:
 * {@code java -cp rechtshulp.jar -Dloader.main=nl.rechtshulp.audit.VerifyAuditTrail
 * org.springframework.boot.loader.launch.PropertiesLauncher <jdbc-url> [user] [password]}.
 * Exit code 0: every link holds; 1: a link is broken (the first is printed); 2: the database could not be read.
 */
public final class VerifyAuditTrail {

    private VerifyAuditTrail() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out));
    }

    static int run(String[] args, PrintStream out) {
        if (args.length < 1) {
            out.println("usage: VerifyAuditTrail <jdbc-url> [user] [password]");
            return 2;
        }
        String user = args.length > 1 ? args[1] : System.getenv().getOrDefault("RH_DB_USER", "postgres");
        String password = args.length > 2 ? args[2] : System.getenv().getOrDefault("RH_DB_PASSWORD", "");
        try (Connection connection = DriverManager.getConnection(args[0], user, password)) {
            connection.setAutoCommit(false); // lets PostgreSQL stream the entries instead of loading them all
            connection.setReadOnly(true);
            ChainVerifier.Report report = ChainVerifier.verify(connection);
            if (report.intact()) {
                out.printf("audit trail intact: %d entries in %d chains%n", report.entriesChecked(), report.chainsChecked());
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

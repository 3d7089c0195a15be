package nl.rechtshulp.support;

import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * On the PostgreSQL run, creates the test database when the server has none yet, and skips with a visible reason
 * when the server cannot be reached, unless PostgreSQL is required ({@code RH_POSTGRES_REQUIRED=true} or
 * {@code -Drh.postgres.required=true}, as in CI): then a missing server fails the build instead of hiding a test run.
 */
public class PostgresAvailable implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (!DatabaseProfiles.onPostgres()) {
            return ConditionEvaluationResult.enabled("H2 run");
        }
        String url = System.getProperty("RH_DB_URL", "jdbc:postgresql://127.0.0.1:5432/rechtshulp_test");
        try {
            ensureDatabase(url);
            return ConditionEvaluationResult.enabled("PostgreSQL reachable at " + url);
        } catch (SQLException e) {
            if (Boolean.getBoolean("rh.postgres.required") || "true".equals(System.getenv("RH_POSTGRES_REQUIRED"))) {
                throw new IllegalStateException("PostgreSQL is required but not reachable at " + url, e);
            }
            String reason = "SKIPPED: PostgreSQL not reachable at " + url + " (" + e.getMessage() + ")";
            System.err.println(reason);
            return ConditionEvaluationResult.disabled(reason);
        }
    }

    private static void ensureDatabase(String url) throws SQLException {
        try (var connection = connect(url)) {
            return;
        } catch (SQLException e) {
            if (!"3D000".equals(e.getSQLState())) {
                throw e; // anything but "database does not exist"
            }
        }
        String database = url.substring(url.lastIndexOf('/') + 1).replaceAll("\\?.*", "");
        String serverUrl = url.substring(0, url.lastIndexOf('/') + 1) + "postgres";
        try (var connection = connect(serverUrl); var statement = connection.createStatement()) {
            statement.execute("create database \"" + database.replace("\"", "") + "\"");
        }
    }

    private static java.sql.Connection connect(String url) throws SQLException {
        return DriverManager.getConnection(url, System.getProperty("RH_DB_USER", "postgres"),
                System.getProperty("RH_DB_PASSWORD", ""));
    }
}

package nl.rechtshulp.support;

import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * On the PostgreSQL run, skips with a visible reason when the server cannot be reached, or fails when
 * {@code -Drh.postgres.required=true} (as in CI), where skipping would hide a missing test run.
 */
public class PostgresAvailable implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (!DatabaseProfiles.onPostgres()) {
            return ConditionEvaluationResult.enabled("H2 run");
        }
        String url = System.getProperty("RH_DB_URL", "jdbc:postgresql://127.0.0.1:5432/rechtshulp_test");
        try (var connection = DriverManager.getConnection(url, System.getProperty("RH_DB_USER", "postgres"),
                System.getProperty("RH_DB_PASSWORD", ""))) {
            return ConditionEvaluationResult.enabled("PostgreSQL reachable at " + url);
        } catch (SQLException e) {
            if (Boolean.getBoolean("rh.postgres.required")) {
                throw new IllegalStateException("PostgreSQL is required but not reachable at " + url, e);
            }
            String reason = "SKIPPED: PostgreSQL not reachable at " + url + " (" + e.getMessage() + ")";
            System.err.println(reason);
            return ConditionEvaluationResult.disabled(reason);
        }
    }
}

package db.migration;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ScriptUtils;

/**
 * Creates Camunda's tables on PostgreSQL from the engine's own scripts, under Flyway's lock: several nodes starting
 * at once on an empty database then create the schema exactly once instead of racing each other (the engine's
 * {@code schema-update} is off there). Elsewhere (H2), and where the tables exist already, it does nothing.
 */
public class V2__camunda_engine_schema extends BaseJavaMigration {

    private static final List<String> COMPONENTS = List.of(
            "engine", "history", "identity", "case.engine", "case.history", "decision.engine", "decision.history");

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName()) || engineTablesExist(connection)) {
            return;
        }
        for (String component : COMPONENTS) {
            ScriptUtils.executeSqlScript(connection,
                    new ClassPathResource("org/camunda/bpm/engine/db/create/activiti.postgres.create." + component + ".sql"));
        }
    }

    private static boolean engineTablesExist(Connection connection) throws SQLException {
        try (var tables = connection.getMetaData().getTables(null, null, "act_ge_property", null)) {
            return tables.next();
        }
    }
}

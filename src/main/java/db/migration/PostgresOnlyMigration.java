package db.migration;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * A migration of the engine's tables that applies on PostgreSQL only: there V2 created them under Flyway, while on H2
 * the engine creates them itself after Flyway has run, so there is nothing to change yet.
 */
abstract class PostgresOnlyMigration extends BaseJavaMigration {

    @Override
    public final void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            migrate(connection, statement);
        }
    }

    /** The change, on a PostgreSQL connection, with a statement to run it by. */
    abstract void migrate(Connection connection, Statement statement) throws SQLException;
}

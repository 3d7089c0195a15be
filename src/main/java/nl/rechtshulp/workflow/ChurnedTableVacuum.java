package nl.rechtshulp.workflow;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Vacuums the tables every step of every request churns, on a PostgreSQL database whose autovacuum is off. A task's
 * row, its grants, identity links and variables are inserted and deleted with it, and chain heads and the register's
 * rows are updated on every step; unvacuumed, each engine query on them (the grant check of every completion first)
 * reads through the dead rows of every step before, and the tables only grow. Where autovacuum runs, this does nothing.
 * <p>
 * Vacuum runs every round: it reads only the pages changed since the last one. The planner's statistics are refreshed
 * by the rule autovacuum uses, for a table whose rows changed by more than {@value #ANALYZE_BASE} plus a tenth since
 * its last analysis: an analysis reads a sample of the whole table, most of two seconds a round at 100,000 open tasks.
 */
@Component
class ChurnedTableVacuum {

    private static final Logger LOG = LoggerFactory.getLogger(ChurnedTableVacuum.class);
    static final String TABLES = "act_ru_authorization, act_ru_task, act_ru_identitylink, act_ru_variable, "
            + "act_ru_execution, act_ru_event_subscr, act_ru_job, act_ge_property, act_hi_taskinst, act_hi_procinst, "
            + "audit_chain, request, request_turnaround";

    static final int ANALYZE_BASE = 50;
    private static final String TABLES_TO_ANALYZE = "select relname from pg_stat_user_tables "
            + "where schemaname = current_schema() and relname = any (?) and n_mod_since_analyze > "
            + ANALYZE_BASE + " + 0.1 * n_live_tup order by relname";

    private final DataSource dataSource;
    /** Null until the database was asked; then whether it needs this. */
    private volatile Boolean needed;

    ChurnedTableVacuum(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Scheduled(initialDelayString = "${rechtshulp.database.vacuum-interval:PT20S}",
            fixedDelayString = "${rechtshulp.database.vacuum-interval:PT20S}")
    void vacuum() {
        if (Boolean.FALSE.equals(needed)) {
            return;
        }
        try (Connection connection = dataSource.getConnection()) {
            if (needed == null) {
                needed = autovacuumOff(connection);
                if (!needed) {
                    return;
                }
                LOG.warn("PostgreSQL's autovacuum is off: the application vacuums its churned tables ({}) itself", TABLES);
            }
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(true); // VACUUM runs outside a transaction
            try (var statement = connection.createStatement()) {
                // Another node's vacuum of the same table is not waited for.
                statement.execute("vacuum (skip_locked) " + TABLES);
                List<String> changed = tablesToAnalyze(connection);
                if (!changed.isEmpty()) {
                    statement.execute("analyze (skip_locked) " + String.join(", ", changed));
                }
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException failed) {
            LOG.warn("Vacuum of the churned tables failed, tried again in the next round: {}", failed.getMessage());
        }
    }

    /** Of the churned tables, those whose rows changed enough since their last analysis (names from {@link #TABLES}). */
    static List<String> tablesToAnalyze(Connection connection) throws SQLException {
        try (var query = connection.prepareStatement(TABLES_TO_ANALYZE)) {
            query.setArray(1, connection.createArrayOf("text", TABLES.split(",\\s*")));
            List<String> tables = new ArrayList<>();
            try (var result = query.executeQuery()) {
                while (result.next()) {
                    tables.add(result.getString(1));
                }
            }
            return tables;
        }
    }

    private static boolean autovacuumOff(Connection connection) throws SQLException {
        if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
            return false;
        }
        try (var statement = connection.createStatement();
             var result = statement.executeQuery("select current_setting('autovacuum')")) {
            return result.next() && "off".equals(result.getString(1));
        }
    }
}

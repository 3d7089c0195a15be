package nl.rechtshulp.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Timestamp;
import java.time.Instant;
import nl.rechtshulp.support.DatabaseProfiles;
import nl.rechtshulp.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The churned tables are vacuumed where the database does not do it itself, and left alone where it does. */
@IntegrationTest
class ChurnedTableVacuumIntegrationTests {

    @Autowired
    ChurnedTableVacuum vacuum;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theChurnedTablesAreVacuumedWhenAutovacuumIsOff() {
        assumeTrue(DatabaseProfiles.onPostgres(), "H2 keeps no dead rows to vacuum");
        Instant before = Instant.now().minusSeconds(1);
        vacuum.vacuum();
        boolean autovacuumOff = "off".equals(jdbc.queryForObject("select current_setting('autovacuum')", String.class));
        for (String table : ChurnedTableVacuum.TABLES.split(",\\s*")) {
            Timestamp last = jdbc.queryForObject(
                    "select last_vacuum from pg_stat_user_tables where relname = ?", Timestamp.class, table);
            if (autovacuumOff) {
                assertThat(last).as(table).isNotNull();
                assertThat(last.toInstant()).as(table).isAfterOrEqualTo(before);
            } else {
                assertThat(last == null || last.toInstant().isBefore(before)).as(table + " left to autovacuum").isTrue();
            }
        }
    }

    @Test
    void onlyTablesChangedByMoreThanTheThresholdSinceTheirLastAnalysisAreAnalysedAgain() throws Exception {
        assumeTrue(DatabaseProfiles.onPostgres(), "H2 keeps no planner statistics to refresh");
        assumeTrue("off".equals(jdbc.queryForObject("select current_setting('autovacuum')", String.class)),
                "autovacuum analyses the tables itself");
        jdbc.execute("analyze act_ge_property, request");
        int properties = jdbc.queryForObject("select count(*) from act_ge_property", Integer.class);
        // Rewrites each row unchanged, over the threshold of 50 rows plus a tenth of the table.
        int rounds = (ChurnedTableVacuum.ANALYZE_BASE + properties / 10) / properties + 2;
        for (int i = 0; i < rounds; i++) {
            jdbc.update("update act_ge_property set value_ = value_");
        }
        waitUntilCounted("act_ge_property", rounds * properties);
        Timestamp requestAnalysed = lastAnalyze("request");
        Instant before = Instant.now().minusSeconds(1);

        vacuum.vacuum();

        assertThat(lastAnalyze("act_ge_property").toInstant()).as("changed past the threshold").isAfterOrEqualTo(before);
        assertThat(lastAnalyze("request")).as("unchanged since its analysis").isEqualTo(requestAnalysed);
    }

    private Timestamp lastAnalyze(String table) {
        return jdbc.queryForObject("select last_analyze from pg_stat_user_tables where relname = ?", Timestamp.class,
                table);
    }

    /** The statistics of the table's changes reach the shared counters within a second of the commit. */
    private void waitUntilCounted(String table, int changes) throws InterruptedException {
        for (int attempt = 0; attempt < 50; attempt++) {
            Long counted = jdbc.queryForObject(
                    "select n_mod_since_analyze from pg_stat_user_tables where relname = ?", Long.class, table);
            if (counted != null && counted >= changes) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the changes to " + table + " were not counted");
    }
}

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
}

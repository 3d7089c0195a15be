package nl.rechtshulp.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.jpa.JpaSystemException;

class DatabaseOutageTests {

    @Test
    void anUnreachableDatabaseIsRecognisedThroughEveryWrapper() {
        assertThat(DatabaseOutage.isCause(new ProcessEngineException("persistence",
                new RuntimeException(new SQLTransientConnectionException("Connection is not available"))))).isTrue();
        assertThat(DatabaseOutage.isCause(new RuntimeException(new SQLException("The connection attempt failed.", "08001"))))
                .isTrue();
        assertThat(DatabaseOutage.isCause(new RuntimeException(new SQLException("terminating connection", "57P01"))))
                .isTrue();
        assertThat(DatabaseOutage.isCause(new JpaSystemException(new RuntimeException("Unable to rollback",
                new SQLException("Connection is closed"))))).isTrue();
    }

    @Test
    void aFaultInWhatWasAskedIsNotAnOutage() {
        assertThat(DatabaseOutage.isCause(new DataIntegrityViolationException("dup",
                new SQLException("duplicate key", "23505")))).isFalse();
        assertThat(DatabaseOutage.isCause(new SQLException("value too long", "22001"))).isFalse();
        assertThat(DatabaseOutage.isCause(new IllegalStateException("no"))).isFalse();
        assertThat(DatabaseOutage.isCause(null)).isFalse();
    }
}

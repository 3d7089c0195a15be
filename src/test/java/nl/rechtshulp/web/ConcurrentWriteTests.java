package nl.rechtshulp.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.junit.jupiter.api.Test;

class ConcurrentWriteTests {

    @Test
    void aWriteTheDatabaseRefusedBecauseAnotherChangedTheSameRowsIsAConflict() {
        assertThat(ConcurrentWrite.isCause(new ProcessEngineException("persistence",
                new SQLException("could not serialize access", "40001")))).isTrue();
        assertThat(ConcurrentWrite.isCause(new RuntimeException(new SQLException("deadlock detected", "40P01")))).isTrue();
        assertThat(ConcurrentWrite.isCause(new SQLException("violates foreign key constraint", "23503"))).isTrue();
    }

    /** The engine's words when a process instance it found waiting had ended by its next read. */
    @Test
    void aProcessInstanceEndedBetweenTheEnginesReadsIsAConflict() {
        assertThat(ConcurrentWrite.isCause(new ProcessEngineException("correlation failed", new NullValueException(
                "Cannot restore state of process instance 744e8369: list of executions is empty")))).isTrue();
    }

    @Test
    void otherMissingValuesAndFaultsAreNot() {
        assertThat(ConcurrentWrite.isCause(new NullValueException("Cannot find task with id 42: task is null"))).isFalse();
        assertThat(ConcurrentWrite.isCause(new SQLException("value too long", "22001"))).isFalse();
        assertThat(ConcurrentWrite.isCause(new IllegalStateException("no"))).isFalse();
        assertThat(ConcurrentWrite.isCause(null)).isFalse();
    }
}

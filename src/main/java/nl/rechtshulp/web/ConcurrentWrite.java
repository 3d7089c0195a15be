package nl.rechtshulp.web;

import java.sql.SQLException;
import org.camunda.bpm.engine.exception.NullValueException;

/**
 * Whether a failure is the database refusing a write because another transaction changed the same rows at the same
 * moment (a 409: reload and try again) rather than a fault in the product. The engine wraps such refusals in a
 * generic persistence error, so the driver's SQLSTATE is read from the whole cause chain. The engine also reports a
 * process instance that ended between two of its reads (found waiting, then without executions) as a missing value.
 */
public final class ConcurrentWrite {

    private static final String INSTANCE_ENDED_MEANWHILE = "list of executions is empty";

    private ConcurrentWrite() {
    }

    public static boolean isCause(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof NullValueException
                    && String.valueOf(cause.getMessage()).contains(INSTANCE_ENDED_MEANWHILE)) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                // 23503: a row the write refers to was deleted meanwhile (a task completed while it was moved);
                // 23505: a key taken meanwhile; 40001 and 40P01: serialisation failure and deadlock, rolled back.
                if (state.equals("23503") || state.equals("23505") || state.equals("40001") || state.equals("40P01")) {
                    return true;
                }
            }
        }
        return false;
    }
}

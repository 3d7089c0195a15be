package nl.rechtshulp.web;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Whether a failure means the database cannot be reached (a client should try again later: 503 with
 * {@code Retry-After}) rather than a fault in what was asked. Read from the whole cause chain, since the engine,
 * Hibernate and Spring each wrap the driver's error in their own.
 */
public final class DatabaseOutage {

    /** Seconds a client should wait before trying again: about the time a restarting database needs. */
    public static final int RETRY_AFTER_SECONDS = 5;

    private DatabaseOutage() {
    }

    public static boolean isCause(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof SQLRecoverableException || cause instanceof ConnectException
                    || cause instanceof CannotCreateTransactionException
                    || cause instanceof DataAccessResourceFailureException
                    || cause.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException")) {
                return true;
            }
            // SQLSTATE class 08: connection exception; 57P01-57P03: the server shut down or is starting.
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
            // A rollback on a connection the outage closed replaces the original error, and carries no SQLSTATE.
            if (cause instanceof SQLException sql && sql.getMessage() != null
                    && (sql.getMessage().contains("Connection is closed")
                    || sql.getMessage().contains("This connection has been closed"))) {
                return true;
            }
        }
        return false;
    }

    public static ApiProblem problem() {
        return new ApiProblem(org.springframework.http.HttpStatus.SERVICE_UNAVAILABLE, "Database unavailable",
                "The database cannot be reached; nothing was changed. Try again in " + RETRY_AFTER_SECONDS + " seconds");
    }
}

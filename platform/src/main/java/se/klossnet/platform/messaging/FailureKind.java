package se.klossnet.platform.messaging;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import se.klossnet.events.EventDecodingException;

/**
 * Decides whether a failed record is worth another try. Infrastructure trouble (the database is unreachable, a
 * lock timed out) passes, so the record is retried in place and never dead-lettered for it; everything else is a
 * property of the record and will fail the same way again.
 */
enum FailureKind {
    TRANSIENT,
    PERMANENT;

    static FailureKind of(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof EventDecodingException) {
                return PERMANENT;
            }
            if (t instanceof SQLTransientException || t instanceof SQLRecoverableException
                    || t instanceof jakarta.persistence.LockTimeoutException
                    || t instanceof jakarta.persistence.PessimisticLockException
                    || t instanceof jakarta.persistence.QueryTimeoutException) {
                return TRANSIENT;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("40")
                    || sql.getSQLState().startsWith("53") || sql.getSQLState().startsWith("57"))) {
                // connection exception, serialization failure/deadlock, insufficient resources, operator intervention
                return TRANSIENT;
            }
        }
        return PERMANENT;
    }
}

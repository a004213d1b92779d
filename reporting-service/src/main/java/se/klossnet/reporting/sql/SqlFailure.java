package se.klossnet.reporting.sql;

import java.sql.SQLException;

/**
 * A failed statement. The SQLException stays the cause, so the platform's consumer can tell a transient failure
 * (deadlock, lost connection: retried in place) from a permanent one (dead-lettered).
 */
public class SqlFailure extends RuntimeException {

    public SqlFailure(String sql, SQLException cause) {
        super(cause.getMessage() + " [" + firstLine(sql) + "]", cause);
    }

    public SQLException sqlException() {
        return (SQLException) getCause();
    }

    /** True for the SQL states that a retry can cure: connection trouble, serialization failure or deadlock. */
    public boolean isTransient() {
        String state = sqlException().getSQLState();
        return state != null && (state.startsWith("08") || state.startsWith("40") || state.startsWith("53")
                || state.startsWith("57"));
    }

    public boolean isUniqueViolation() {
        return "23505".equals(sqlException().getSQLState());
    }

    private static String firstLine(String sql) {
        String line = sql.strip().lines().findFirst().orElse("");
        return line.length() > 80 ? line.substring(0, 80) + "…" : line;
    }
}

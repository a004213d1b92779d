package se.klossnet.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/**
 * A request that fails because the database is down or restarting is a 503 (retry), not a 500: which failures count.
 * The chaos run (./kloss chaos) shows it on a real network, where PostgreSQL is killed under load.
 */
class DatabaseUnavailableTest {

    @Test
    void connectionFailuresAndARestartingDatabaseAreUnavailable() {
        // As Hibernate wraps them: "Connection refused", "An I/O error occurred", "the database system is starting up".
        assertThat(ProblemMappers.databaseUnavailableState(wrapped(new SQLException("Connection refused", "08001"))))
                .isEqualTo("08001");
        assertThat(ProblemMappers.databaseUnavailableState(wrapped(new SQLException("I/O error", "08006"))))
                .isEqualTo("08006");
        assertThat(ProblemMappers.databaseUnavailableState(wrapped(new SQLException("starting up", "57P03"))))
                .isEqualTo("57P03");
        assertThat(ProblemMappers.databaseUnavailableState(wrapped(new SQLException("terminating connection", "57P01"))))
                .isEqualTo("57P01");
    }

    @Test
    void otherFailuresAreNot() {
        assertThat(ProblemMappers.databaseUnavailableState(wrapped(new SQLException("unique violation", "23505")))).isNull();
        assertThat(ProblemMappers.databaseUnavailableState(wrapped(new SQLException("query canceled", "57014")))).isNull();
        assertThat(ProblemMappers.databaseUnavailableState(new IllegalStateException("a bug"))).isNull();
    }

    private static RuntimeException wrapped(SQLException cause) {
        return new RuntimeException("Unable to acquire JDBC Connection", cause);
    }
}

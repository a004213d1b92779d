package se.klossnet.gateway.audit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import se.klossnet.gateway.UpstreamDouble;
import se.klossnet.testing.RealInfrastructure;
import se.klossnet.testing.TestTokens;

/** The audit log's retention: past the period entries go, newer ones stay, and nobody else may delete. */
@QuarkusTest
@QuarkusTestResource(RealInfrastructure.class)
@QuarkusTestResource(UpstreamDouble.class)
class AuditRetentionTest {

    private static final String KTH_STAFF = TestTokens.of("retention-kth-staff", "kth", "staff");

    @Inject
    AuditRetention retention;

    @Test
    void theJobRemovesEntriesPastTheirPeriodAndNothingElse() throws SQLException {
        String kept = "kept-" + UUID.randomUUID();
        given().auth().oauth2(KTH_STAFF).header("X-Request-Id", kept).get("/call/things").then().statusCode(200);
        Awaitility.await().until(() -> count("request_id = '" + kept + "'") == 1);
        String old = "old-" + UUID.randomUUID();
        try (Connection db = db(); Statement sql = db.createStatement()) {
            // Entries from 13 and 11 months ago; the period is one year.
            sql.executeUpdate("INSERT INTO gateway_audit (at, request_id, method, route, path, status, duration_ms) "
                    + "VALUES (now() - interval '13 months', '" + old + "', 'GET', 'call', '/call/x', 200, 1), "
                    + "(now() - interval '11 months', '" + old + "-young', 'GET', 'call', '/call/x', 200, 1)");
        }

        assertThat(retention.enforce(Instant.now())).hasValueSatisfying(n -> assertThat(n).isPositive());

        assertThat(count("request_id = '" + old + "'")).isZero();
        assertThat(count("request_id = '" + old + "-young'")).isOne();
        assertThat(count("request_id = '" + kept + "'")).isOne();
        // A year from now, today's entry is past its period as well.
        retention.enforce(Instant.now().plus(400, ChronoUnit.DAYS));
        assertThat(count("request_id = '" + kept + "'")).isZero();
    }

    @Test
    void outsideTheJobTheLogStaysAppendOnly() throws SQLException {
        String old = "outside-" + UUID.randomUUID();
        try (Connection db = db(); Statement sql = db.createStatement()) {
            sql.executeUpdate("INSERT INTO gateway_audit (at, request_id, method, route, path, status, duration_ms) "
                    + "VALUES (now() - interval '2 years', '" + old + "', 'GET', 'call', '/call/x', 200, 1)");
            assertThatThrownBy(() -> sql.executeUpdate("DELETE FROM gateway_audit WHERE request_id = '" + old + "'"))
                    .hasMessageContaining("append-only");
        }
        assertThat(count("request_id = '" + old + "'")).isOne();
    }

    private static Connection db() throws SQLException {
        return DriverManager.getConnection(RealInfrastructure.jdbcUrl(), "postgres", "postgres");
    }

    private static long count(String where) throws SQLException {
        try (Connection db = db(); Statement sql = db.createStatement();
             var rows = sql.executeQuery("SELECT count(*) FROM gateway_audit WHERE " + where)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}

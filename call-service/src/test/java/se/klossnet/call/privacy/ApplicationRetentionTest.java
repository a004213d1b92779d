package se.klossnet.call.privacy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static se.klossnet.call.Fixtures.KTH_COORDINATOR;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.klossnet.call.Fixtures;
import se.klossnet.testing.RealInfrastructure;
import se.klossnet.testing.TestTokens;

/** The retention of applications that were not granted (period P2Y), with the job's clock under the test's control. */
@QuarkusTest
@QuarkusTestResource(RealInfrastructure.class)
class ApplicationRetentionTest {

    @Inject
    ApplicationRetention retention;

    @Inject
    AgroalDataSource dataSource;

    private static String withdrawn() {
        String token = TestTokens.of("kth-staff-" + UUID.randomUUID(), "kth", "staff");
        String application = Fixtures.submittedApplication(token, Fixtures.openKthCall());
        given().auth().oauth2(token).post("/applications/" + application + "/withdraw").then().statusCode(200);
        return application;
    }

    @Test
    void theJobErasesTheTextOfApplicationsNotGrantedOncePastTheirPeriodAndNothingElse() throws SQLException {
        String old = withdrawn();
        String recent = withdrawn();
        String open = Fixtures.submittedApplication(TestTokens.of("kth-staff-" + UUID.randomUUID(), "kth", "staff"),
                Fixtures.openKthCall());
        execute("UPDATE application SET withdrawn_at = withdrawn_at - interval '3 years' WHERE id = ?::uuid", old);

        Instant now = Instant.now();
        assertThat(retention.enforce(now)).hasValueSatisfying(n -> assertThat(n).isPositive());

        assertThat(purpose(old)).isEqualTo("[erased]");
        assertThat(purpose(recent)).isNotEqualTo("[erased]");
        assertThat(purpose(open)).isNotEqualTo("[erased]");
        // A year on, the recent one is still inside its period; three years on it is past it, the open one is not.
        retention.enforce(now.plus(365, ChronoUnit.DAYS));
        assertThat(purpose(recent)).isNotEqualTo("[erased]");
        retention.enforce(now.plus(3 * 365, ChronoUnit.DAYS));
        assertThat(purpose(recent)).isEqualTo("[erased]");
        assertThat(purpose(open)).isNotEqualTo("[erased]");
        given().auth().oauth2(KTH_COORDINATOR).get("/applications/" + old).then().statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("WITHDRAWN"));
    }

    private static String purpose(String application) {
        return given().auth().oauth2(KTH_COORDINATOR).get("/applications/" + application).then().statusCode(200)
                .extract().path("content.purpose");
    }

    private void execute(String sql, String parameter) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, parameter);
            assertThat(s.executeUpdate()).isOne();
        }
    }
}

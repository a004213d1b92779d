package se.klossnet.gateway.routing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.klossnet.gateway.UpstreamDouble;
import se.klossnet.testing.RealInfrastructure;
import se.klossnet.testing.TestTokens;

/** The gateway checks every token itself before forwarding; the upstream never sees a request without a valid one. */
@QuarkusTest
@QuarkusTestResource(RealInfrastructure.class)
@QuarkusTestResource(UpstreamDouble.class)
class AuthenticationTest {

    @ParameterizedTest
    @ValueSource(strings = {"none", "expired", "bad-signature", "garbage"})
    void aRequestWithoutAValidTokenIs401ProblemJsonAndIsNotForwarded(String kind) {
        String marker = UUID.randomUUID().toString();
        var request = given();
        switch (kind) {
            case "expired" -> request.auth().oauth2(TestTokens.expired("auth-kth-staff", "kth", "staff"));
            case "bad-signature" -> request.auth().oauth2(TestTokens.badSignature("auth-kth-staff", "kth", "staff"));
            case "garbage" -> request.auth().oauth2("not-a-jwt");
            default -> { }
        }
        request.get("/call/things/" + marker).then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer")
                .body("type", equalTo("urn:kloss:problem:unauthenticated"))
                .body("status", equalTo(401));
        assertThat(UpstreamDouble.receivedWith(marker)).isEmpty();
    }
}

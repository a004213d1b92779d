package se.klossnet.gateway.routing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
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

    @Test
    void aPublicPathIsForwardedWithoutATokenAndNothingElseIs() {
        String marker = UUID.randomUUID().toString();
        // a host contact's survey link: no account, no token
        given().get("/followup/survey-links/" + marker).then().statusCode(200);
        assertThat(UpstreamDouble.receivedWith(marker)).singleElement()
                .satisfies(r -> assertThat(r.headers()).doesNotContainKey("authorization"));
        // the same prefix without a token segment, a neighbour path and a dot segment stay closed
        given().get("/followup/survey-links/").then().statusCode(401);
        given().get("/followup/logbooks/" + marker).then().statusCode(401)
                .contentType("application/problem+json");
        given().urlEncodingEnabled(false).get("/followup/survey-links/x/../../logbooks/" + marker).then()
                .statusCode(401);
        // an exact public path matches itself only
        given().get("/followup/public-exact").then().statusCode(200);
        given().get("/followup/public-exact/more").then().statusCode(401);
        // a token that is sent is checked even on a public path
        given().auth().oauth2(TestTokens.expired("auth-kth-staff", "kth", "staff"))
                .get("/followup/survey-links/" + marker).then().statusCode(401);
        assertThat(UpstreamDouble.receivedWith(marker)).hasSize(1);
    }
}

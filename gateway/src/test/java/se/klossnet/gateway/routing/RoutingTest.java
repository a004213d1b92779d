package se.klossnet.gateway.routing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.klossnet.gateway.UpstreamDouble;
import se.klossnet.testing.RealInfrastructure;
import se.klossnet.testing.TestTokens;

@QuarkusTest
@QuarkusTestResource(RealInfrastructure.class)
@QuarkusTestResource(UpstreamDouble.class)
class RoutingTest {

    private static final String KTH_COORDINATOR = TestTokens.of("routing-kth-coordinator", "kth", "coordinator");
    private static final String MAU_STAFF = TestTokens.of("routing-mau-staff", "mau", "staff");

    @Test
    void aRequestUnderAPrefixReachesItsUpstreamWithoutThePrefixAndWithTheSameToken() {
        String marker = UUID.randomUUID().toString();
        Response response = given().auth().oauth2(KTH_COORDINATOR)
                .get("/call/things/" + marker + "?direction=OUTBOUND&page=2")
                .then().statusCode(200).extract().response();

        assertThat(response.jsonPath().getString("server")).isEqualTo("A");
        assertThat(response.jsonPath().getString("path")).isEqualTo("/things/" + marker);
        assertThat(response.jsonPath().getString("query")).isEqualTo("direction=OUTBOUND&page=2");
        assertThat(response.jsonPath().getString("headers.authorization")).isEqualTo("Bearer " + KTH_COORDINATOR);
        assertThat(response.jsonPath().getString("headers.x-forwarded-prefix")).isEqualTo("/call");
        assertThat(UpstreamDouble.receivedWith(marker)).hasSize(1);
    }

    @Test
    void aBodyIsForwardedAndTheUpstreamsLocationIsRewrittenToTheGateway() {
        String name = "programme " + UUID.randomUUID();
        Response response = given().auth().oauth2(KTH_COORDINATOR).contentType(ContentType.JSON)
                .body("{\"name\": \"" + name + "\"}")
                .post("/call/things")
                .then().statusCode(201).extract().response();

        assertThat(response.jsonPath().getString("body")).contains(name);
        assertThat(response.jsonPath().getString("headers.content-type")).startsWith("application/json");
        String location = response.header("Location");
        assertThat(location).endsWith("/call/things/42").doesNotContain(":" + upstreamPortOf(response));
    }

    @Test
    void anUpstreamBasePathIsPutBeforeTheForwardedPath() {
        given().auth().oauth2(KTH_COORDINATOR).get("/exchange/exchanges")
                .then().statusCode(200).body("path", equalTo("/base/exchanges"));
    }

    @Test
    void oneGatewayFrontsSeveralInstitutionsAndPicksTheUpstreamByTheCallersInstitution() {
        given().auth().oauth2(KTH_COORDINATOR).get("/call/whoami").then().statusCode(200).body("server", equalTo("A"));
        given().auth().oauth2(MAU_STAFF).get("/call/whoami").then().statusCode(200).body("server", equalTo("B"));
        // mau has no upstream of its own for exchange: the route's default serves it
        given().auth().oauth2(MAU_STAFF).get("/exchange/whoami").then().statusCode(200).body("server", equalTo("A"));
    }

    @Test
    void cookiesAndTheClientsOwnForwardingHeadersDoNotReachTheUpstream() {
        Response response = given().auth().oauth2(KTH_COORDINATOR)
                .cookie("session", "secret-session").cookie("tracking", "x")
                .header("X-Forwarded-For", "203.0.113.66")
                .header("X-Forwarded-Prefix", "/evil")
                .header("Forwarded", "for=203.0.113.66")
                .get("/followup/logbooks").then().statusCode(200).extract().response();

        assertThat(response.jsonPath().getString("headers.cookie")).isNull();
        assertThat(response.jsonPath().getString("headers.forwarded")).isNull();
        // the test client is on loopback, a trusted proxy: its X-Forwarded-For names the client, and the upstream
        // gets that one address, not a chain the client could extend
        assertThat(response.jsonPath().getString("headers.x-forwarded-for")).isEqualTo("203.0.113.66");
        assertThat(response.jsonPath().getString("headers.x-forwarded-prefix")).isEqualTo("/followup");
    }

    @Test
    void aTokenOfAnInstitutionTheNodeDoesNotServeIs403AndNeverForwarded() {
        String marker = UUID.randomUUID().toString();
        given().auth().oauth2(TestTokens.of("lu-coordinator", "lu", "coordinator")).get("/call/things/" + marker)
                .then().statusCode(403).contentType("application/problem+json").body("status", equalTo(403));
        given().auth().oauth2(TestTokens.of("no-institution", null, "coordinator")).get("/call/things/" + marker)
                .then().statusCode(403).contentType("application/problem+json");
        assertThat(UpstreamDouble.receivedWith(marker)).isEmpty();
    }

    @Test
    void aRouteOpenToEveryInstitutionAdmitsTheNationalAnalyst() {
        given().auth().oauth2(TestTokens.of("routing-analyst", "national", "analyst")).get("/reporting/figures")
                .then().statusCode(200).body("path", equalTo("/figures"));
        given().auth().oauth2(TestTokens.of("routing-analyst", "national", "analyst")).get("/call/things")
                .then().statusCode(403);
    }

    @Test
    void aRouteThatKeepsItsPrefixForwardsThePathAsIs() {
        given().auth().oauth2(KTH_COORDINATOR).get("/dashboard/index.html")
                .then().statusCode(200).body("path", equalTo("/dashboard/index.html"));
    }

    @Test
    void anUnreachableUpstreamIs502AndASlowOneIs504ProblemJson() {
        given().auth().oauth2(KTH_COORDINATOR).get("/dead/anything")
                .then().statusCode(502).contentType("application/problem+json")
                .body("type", equalTo("urn:kloss:problem:upstream-unavailable"));
        given().auth().oauth2(KTH_COORDINATOR).get("/slow/slow-answer")
                .then().statusCode(504).contentType("application/problem+json")
                .body("type", equalTo("urn:kloss:problem:upstream-timeout"));
    }

    @Test
    void dotSegmentsCannotClimbOutOfARoute() {
        String marker = UUID.randomUUID().toString();
        given().urlEncodingEnabled(false).auth().oauth2(KTH_COORDINATOR)
                .get("/call/%2e%2e/admin/audit?requestId=" + marker)
                .then().statusCode(org.hamcrest.Matchers.oneOf(403, 404)); // the gateway's own paths, not the upstream's
        assertThat(UpstreamDouble.receivedWith(marker)).isEmpty();
    }

    @Test
    void pathsOutsideEveryRouteAreTheGatewaysOwnAndUnknownOnesAre404ProblemJson() {
        given().auth().oauth2(KTH_COORDINATOR).get("/whoami").then().statusCode(200).body("service", equalTo("gateway"));
        given().auth().oauth2(KTH_COORDINATOR).get("/callx/things").then().statusCode(404)
                .contentType("application/problem+json").body("detail", org.hamcrest.Matchers.notNullValue());
        given().auth().oauth2(KTH_COORDINATOR).get("/whoami").then().body("server", nullValue());
    }

    private static String upstreamPortOf(Response response) {
        String host = response.jsonPath().getString("headers.host");
        return host.substring(host.indexOf(':') + 1);
    }
}

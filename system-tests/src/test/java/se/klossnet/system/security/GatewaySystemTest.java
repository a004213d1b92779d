package se.klossnet.system.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;

import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import se.klossnet.system.security.SecurityNetwork.Caller;

/** The gateways of a real network with real Keycloak tokens: routing, token pass-on, refusals, audit, OpenAPI, health. */
class GatewaySystemTest {

    private static final String NODE = SecurityNetwork.demoInstitutionsByNode().keySet().iterator().next();
    private static final String INSTITUTION = SecurityNetwork.demoInstitutionsByNode().get(NODE).get(0);
    private static final String GATEWAY = SecurityNetwork.url(NODE, "gateway");

    @Test
    void aStaffUsersPasswordGrantTokenIsPassedOnToTheServiceWhichValidatesItAgain() {
        Caller staff = SecurityNetwork.user(INSTITUTION, "staff");
        String requestId = "system-" + UUID.randomUUID();
        given().auth().oauth2(staff.token()).header("X-Request-Id", requestId).get(GATEWAY + "/call/whoami")
                .then().statusCode(200)
                .header("X-Request-Id", requestId)
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", containsString("default-src 'none'"))
                .body("service", equalTo("call-service"))
                .body("username", equalTo(staff.name()))
                .body("institution", equalTo(INSTITUTION));
        given().auth().oauth2(staff.token()).get(GATEWAY + "/call/programmes").then().statusCode(200)
                .body("page", equalTo(0));
    }

    @Test
    void anInstitutionSystemsClientCredentialsTokenReachesItsServices() {
        Caller systems = new Caller(INSTITUTION + "-systems", INSTITUTION, java.util.List.of("finance", "hr"), true);
        given().auth().oauth2(systems.token()).get(GATEWAY + "/exchange/whoami").then().statusCode(200)
                .body("service", equalTo("exchange-service"))
                .body("institution", equalTo(INSTITUTION))
                .body("roles", hasItems("finance", "hr"));
    }

    @Test
    void noTokenAndAForgedTokenAre401AtTheGateway() {
        given().get(GATEWAY + "/call/programmes").then().statusCode(401)
                .contentType("application/problem+json").header("WWW-Authenticate", "Bearer");
        String token = SecurityNetwork.user(INSTITUTION, "staff").token();
        String forged = token.substring(0, token.lastIndexOf('.') + 1) + "c2lnbmF0dXJl";
        given().auth().oauth2(forged).get(GATEWAY + "/call/programmes").then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void aCallerOfAnInstitutionTheNodeDoesNotServeIsRefusedAtTheGateway() {
        String outsider = SecurityNetwork.DEMO_INSTITUTIONS.stream()
                .filter(i -> !SecurityNetwork.institutionsOf(NODE).contains(i)).findFirst()
                .orElse(null);
        Caller caller = outsider == null ? SecurityNetwork.analyst() : SecurityNetwork.user(outsider, "coordinator");
        given().auth().oauth2(caller.token()).get(GATEWAY + "/call/programmes").then().statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void everyRequestThroughTheGatewayIsInItsAuditLogForTheInstitutionsAdmin() {
        Caller coordinator = SecurityNetwork.user(INSTITUTION, "coordinator");
        String requestId = "audit-" + UUID.randomUUID();
        given().auth().oauth2(coordinator.token()).header("X-Request-Id", requestId)
                .get(GATEWAY + "/call/programmes?direction=OUTBOUND").then().statusCode(200);

        Caller admin = SecurityNetwork.user(INSTITUTION, "admin");
        JsonPath entry = Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(500))
                .until(() -> given().auth().oauth2(admin.token()).queryParam("requestId", requestId)
                        .get(GATEWAY + "/admin/audit").then().statusCode(200).extract().jsonPath(), p -> p.getInt("total") == 1);
        assertThat(entry.getString("items[0].subject")).isEqualTo(subjectOf(coordinator.token()));
        assertThat(entry.getString("items[0].institution")).isEqualTo(INSTITUTION);
        assertThat(entry.getString("items[0].route")).isEqualTo("call");
        assertThat(entry.getString("items[0].path")).isEqualTo("/call/programmes");
        assertThat(entry.getInt("items[0].status")).isEqualTo(200);
        given().auth().oauth2(coordinator.token()).get(GATEWAY + "/admin/audit").then().statusCode(403);
    }

    @Test
    void theGatewayServesTheNodesMergedOpenApiAndIsReadyOnlyWithItsUpstreams() {
        given().get(GATEWAY + "/openapi").then().statusCode(200)
                .body("paths", hasKey("/call/programmes"))
                .body("paths", hasKey("/call/programmes/{id}"));
        given().get(GATEWAY + "/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'upstreams' }.data.call", equalTo("UP"))
                .body("checks.find { it.name == 'upstreams' }.data.exchange", equalTo("UP"))
                .body("checks.find { it.name == 'upstreams' }.data.followup", equalTo("UP"));
    }

    @Test
    void theHubGatewayLetsTheAnalystReachTheNationalApi() {
        Caller analyst = SecurityNetwork.analyst();
        given().auth().oauth2(analyst.token()).get(SecurityNetwork.HUB_GATEWAY + "/reporting/whoami").then().statusCode(200)
                .body("service", equalTo("reporting-service"))
                .body("institution", equalTo("national"));
        given().auth().oauth2(analyst.token()).get(SecurityNetwork.HUB_GATEWAY + "/national/figures").then().statusCode(200);
        given().auth().oauth2(SecurityNetwork.user(INSTITUTION, "coordinator").token())
                .get(SecurityNetwork.HUB_GATEWAY + "/reporting/national/figures").then().statusCode(403);
    }

    /**
     * One institution system exceeding its own per-client limit is refused with 429, Retry-After and problem+json,
     * whichever of its tokens it uses, while another institution's system goes on. The test network gives mau-systems
     * a small limit of its own (deploy/local/services.sh, {@code kloss.gateway.rate-limit.clients.mau-systems.permits});
     * a client-credentials client has one subject, so without it the per-user limit would always come first.
     */
    @Test
    void anInstitutionSystemBeyondItsClientLimitGets429WhileAnotherSystemGoesOn() {
        String node = SecurityNetwork.NODES.stream().filter(n -> SecurityNetwork.institutionsOf(n).contains("mau"))
                .findFirst().orElseThrow();
        String gateway = SecurityNetwork.url(node, "gateway");
        Caller limited = new Caller("mau-systems", "mau", java.util.List.of("finance", "hr"), true);
        String otherInstitution = SecurityNetwork.DEMO_INSTITUTIONS.stream().filter(i -> !i.equals("mau")).findFirst().orElseThrow();
        Caller other = new Caller(otherInstitution + "-systems", otherInstitution, java.util.List.of("finance", "hr"), true);
        // a second token of the same client, fetched now: right after the burst there is no time for a refill
        String freshToken = given().formParam("grant_type", "client_credentials").formParam("client_id", "mau-systems")
                .formParam("client_secret", SecurityNetwork.env("KLOSS_MAU_SYSTEMS_SECRET", "mau-systems-local-secret"))
                .post(SecurityNetwork.TOKEN_ENDPOINT).then().statusCode(200).extract().path("access_token");
        io.restassured.response.Response refused = null;
        int admitted = 0;
        // bounded: far above the test network's limit, far below the per-user one (600 a minute)
        for (int i = 0; i < 300 && refused == null; i++) {
            io.restassured.response.Response response = given().auth().oauth2(limited.token()).get(gateway + "/exchange/whoami");
            if (response.statusCode() == 429) {
                refused = response;
            } else {
                assertThat(response.statusCode()).as("request %d of mau-systems", i + 1).isEqualTo(200);
                admitted++;
            }
        }
        assertThat(refused).as("a 429 for mau-systems within 300 requests (admitted %d)", admitted).isNotNull();
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.jsonPath().getString("type")).isEqualTo("urn:kloss:problem:rate-limited");
        assertThat(refused.jsonPath().getInt("status")).isEqualTo(429);
        assertThat(Integer.parseInt(refused.header("Retry-After"))).isBetween(1, 60);

        // the limit is the client's, not the token's: another client-credentials token of the same client is refused too
        given().auth().oauth2(freshToken).get(gateway + "/exchange/whoami").then().statusCode(429)
                .contentType("application/problem+json").header("Retry-After", org.hamcrest.Matchers.notNullValue());
        // another institution's system, through the same gateway, is not affected
        for (int i = 0; i < 5; i++) {
            given().auth().oauth2(other.token()).get(gateway + "/exchange/whoami").then().statusCode(200)
                    .body("institution", equalTo(other.institution()));
        }
    }

    /** The token's {@code sub}: the pseudonymous id the audit log keeps. */
    private static String subjectOf(String jwt) {
        String payload = new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8);
        return JsonPath.from(payload).getString("sub");
    }
}

package se.klossnet.gateway.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.klossnet.gateway.UpstreamDouble;
import se.klossnet.testing.RealInfrastructure;
import se.klossnet.testing.TestTokens;

@QuarkusTest
@QuarkusTestResource(RealInfrastructure.class)
@QuarkusTestResource(UpstreamDouble.class)
class RequestIdAndTraceTest {

    private static final String TOKEN = TestTokens.of("trace-kth-staff", "kth", "staff");

    @Test
    void aRequestWithoutIdGetsOneThatTheUpstreamSeesAndTheResponseReturns() {
        Response response = given().auth().oauth2(TOKEN).get("/call/things").then().statusCode(200).extract().response();
        String id = response.header("X-Request-Id");
        assertThat(UUID.fromString(id)).isNotNull();
        assertThat(response.jsonPath().getString("headers.x-request-id")).isEqualTo(id);
    }

    @Test
    void aClientsPlainRequestIdIsKeptAndAnUnsafeOneReplaced() {
        String own = "client-" + UUID.randomUUID();
        Response kept = given().auth().oauth2(TOKEN).header("X-Request-Id", own).get("/call/things").then().extract().response();
        assertThat(kept.header("X-Request-Id")).isEqualTo(own);
        assertThat(kept.jsonPath().getString("headers.x-request-id")).isEqualTo(own);

        Response replaced = given().auth().oauth2(TOKEN).header("X-Request-Id", "evil id\" injected=1")
                .get("/call/things").then().extract().response();
        assertThat(replaced.header("X-Request-Id")).isNotEqualTo("evil id\" injected=1");
        assertThat(UUID.fromString(replaced.header("X-Request-Id"))).isNotNull();
    }

    @Test
    void theGatewaysOwnAnswersAndRefusalsCarryTheRequestIdToo() {
        assertThat(given().get("/call/things").then().statusCode(401).extract().header("X-Request-Id")).isNotBlank();
        assertThat(given().auth().oauth2(TOKEN).get("/whoami").then().statusCode(200).extract().header("X-Request-Id")).isNotBlank();
    }

    @Test
    void theTraceContextContinuesToTheUpstreamInANewSpanOfTheSameTrace() {
        String traceId = UUID.randomUUID().toString().replace("-", "");
        String parentSpan = "00f067aa0ba902b7";
        Response response = given().auth().oauth2(TOKEN).header("traceparent", "00-" + traceId + "-" + parentSpan + "-01")
                .get("/call/things").then().statusCode(200).extract().response();

        String forwarded = response.jsonPath().getString("headers.traceparent");
        assertThat(forwarded).as("traceparent at the upstream").matches("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]");
        assertThat(forwarded.split("-")[1]).isEqualTo(traceId);
        assertThat(forwarded.split("-")[2]).as("the gateway's own span is the upstream's parent").isNotEqualTo(parentSpan);
    }

    @Test
    void aRequestWithoutTraceContextStartsATraceThatReachesTheUpstream() {
        Response response = given().auth().oauth2(TOKEN).get("/call/things").then().statusCode(200).extract().response();
        assertThat(response.jsonPath().getString("headers.traceparent")).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]");
    }
}

package se.klossnet.gateway.ratelimit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.klossnet.gateway.UpstreamDouble;
import se.klossnet.testing.RealInfrastructure;
import se.klossnet.testing.TestTokens;

/** The test profile allows 30 requests per user and minute (kloss.gateway.rate-limit.per-user-permits). */
@QuarkusTest
@QuarkusTestResource(RealInfrastructure.class)
@QuarkusTestResource(UpstreamDouble.class)
class RateLimitTest {

    @Test
    void aUserBeyondTheLimitGets429WithRetryAfterWhileOthersGoOn() {
        String flooder = TestTokens.of("rate-flooder", "kth", "staff");
        List<Integer> statuses = new ArrayList<>();
        Response refused = null;
        for (int i = 0; i < 45 && refused == null; i++) {
            Response response = given().auth().oauth2(flooder).get("/call/programmes");
            statuses.add(response.statusCode());
            if (response.statusCode() == 429) {
                refused = response;
            }
        }

        assertThat(statuses.subList(0, 30)).containsOnly(200);
        assertThat(refused).as("a 429 within 45 requests, got %s", statuses).isNotNull();
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.jsonPath().getString("type")).isEqualTo("urn:kloss:problem:rate-limited");
        assertThat(Integer.parseInt(refused.header("Retry-After"))).isBetween(1, 60);

        given().auth().oauth2(TestTokens.of("rate-bystander", "kth", "staff")).get("/call/programmes")
                .then().statusCode(200);
    }
}

package se.klossnet.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import org.junit.jupiter.api.Test;

/**
 * What every service must do from day one: start on a real database and broker, be healthy, publish metrics and
 * OpenAPI, refuse a request without a token with problem+json, and know the caller's institution from the token.
 * A service's test extends this and adds {@code @QuarkusTest @QuarkusTestResource(RealInfrastructure.class)}.
 */
public abstract class ServiceSkeletonContract {

    protected abstract String serviceName();

    @Test
    void isHealthyOnRealInfrastructure() {
        given().get("/q/health").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", hasItem("messaging"));
    }

    @Test
    void servesOpenApi() {
        given().accept("application/json").get("/q/openapi").then().statusCode(200).body("openapi", containsString("3."));
    }

    @Test
    void servesPrometheusMetricsIncludingTheOutbox() {
        given().get("/q/metrics").then().statusCode(200).body(containsString("kloss_outbox_pending"));
    }

    @Test
    void refusesACallWithoutTokenWithProblemJson() {
        given().get("/whoami").then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer");
    }

    @Test
    void refusesAnExpiredOrForgedToken() {
        given().auth().oauth2(TestTokens.expired("kth-staff", "kth", "staff")).get("/whoami").then().statusCode(401)
                .contentType("application/problem+json");
        given().auth().oauth2(TestTokens.badSignature("kth-staff", "kth", "staff")).get("/whoami").then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void knowsTheCallersInstitutionFromTheToken() {
        given().auth().oauth2(TestTokens.of("kth-staff", "kth", "staff")).get("/whoami").then().statusCode(200)
                .body("service", equalTo(serviceName()))
                .body("institution", equalTo("kth"))
                .body("roles", hasItem("staff"));
    }
}

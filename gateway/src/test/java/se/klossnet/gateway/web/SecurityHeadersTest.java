package se.klossnet.gateway.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import se.klossnet.gateway.UpstreamDouble;
import se.klossnet.testing.RealInfrastructure;
import se.klossnet.testing.TestTokens;

@QuarkusTest
@QuarkusTestResource(RealInfrastructure.class)
@QuarkusTestResource(UpstreamDouble.class)
class SecurityHeadersTest {

    private static final String TOKEN = TestTokens.of("headers-kth-staff", "kth", "staff");

    @Test
    void forwardedApiResponsesGetTheGatewaysHeadersOverTheUpstreams() {
        given().auth().oauth2(TOKEN).get("/call/things").then().statusCode(200)
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "DENY") // the upstream said ALLOWALL
                .header("Referrer-Policy", "no-referrer")
                .header("Content-Security-Policy", containsString("default-src 'none'"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("Strict-Transport-Security", nullValue()); // plain HTTP: no HSTS
    }

    @Test
    void errorsAndTheGatewaysOwnEndpointsGetThemToo() {
        given().get("/call/things").then().statusCode(401)
                .header("X-Content-Type-Options", "nosniff").header("X-Frame-Options", "DENY");
        given().auth().oauth2(TOKEN).get("/whoami").then().statusCode(200)
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", containsString("default-src 'none'"));
    }

    @Test
    void dashboardPagesGetThePageCsp() {
        given().auth().oauth2(TOKEN).get("/dashboard/index.html").then().statusCode(200)
                .header("Content-Security-Policy", containsString("script-src 'self'"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("Content-Security-Policy", org.hamcrest.Matchers.not(containsString("unsafe-inline")));
    }

    @Test
    void hstsIsSentWhenATrustedProxySaysTheRequestCameOverTls() {
        given().auth().oauth2(TOKEN).header("X-Forwarded-Proto", "https").get("/call/things").then().statusCode(200)
                .header("Strict-Transport-Security", containsString("max-age=31536000"));
    }

    @Test
    void corsAllowsTheConfiguredOriginOnly() {
        given().header("Origin", "https://dashboard.kloss.test").header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type")
                .options("/call/things").then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo("https://dashboard.kloss.test"));
        given().header("Origin", "https://evil.example").header("Access-Control-Request-Method", "POST")
                .options("/call/things").then()
                .header("Access-Control-Allow-Origin", nullValue());
    }
}

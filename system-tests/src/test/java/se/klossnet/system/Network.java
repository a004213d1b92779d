package se.klossnet.system;

import static io.restassured.RestAssured.given;

/** Where the network under test runs, as ./kloss test passes it (system properties), and how to get tokens. */
final class Network {

    static final String KEYCLOAK = required("kloss.keycloak.url");
    static final String CALL = required("kloss.call.url");
    static final String EXCHANGE = required("kloss.exchange.url");
    static final String FOLLOWUP = required("kloss.followup.url");
    static final String REPORTING = required("kloss.reporting.url");
    static final String GATEWAY = required("kloss.gateway.url");
    static final String KAFKA = required("kloss.kafka.bootstrap");

    private static final String TOKEN_ENDPOINT = KEYCLOAK + "/realms/kloss/protocol/openid-connect/token";
    private static final String GATEWAY_SECRET = env("KLOSS_GATEWAY_CLIENT_SECRET", "gateway-local-secret");

    private Network() {
    }

    /** A real Keycloak access token for a demo user, by the password grant through the gateway's client. */
    static String passwordToken(String username) {
        return given().formParam("grant_type", "password")
                .formParam("client_id", "kloss-gateway")
                .formParam("client_secret", GATEWAY_SECRET)
                .formParam("username", username)
                .formParam("password", "demo")
                .post(TOKEN_ENDPOINT).then().statusCode(200).extract().path("access_token");
    }

    /** A real Keycloak access token for an institution's own systems, by the client-credentials grant. */
    static String clientToken(String clientId, String secret) {
        return given().formParam("grant_type", "client_credentials")
                .formParam("client_id", clientId)
                .formParam("client_secret", secret)
                .post(TOKEN_ENDPOINT).then().statusCode(200).extract().path("access_token");
    }

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("system property " + property + " is not set; run the system tests with ./kloss test");
        }
        return value;
    }
}

package se.klossnet.system;

import static io.restassured.RestAssured.given;

import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/** Where the network under test runs, as ./kloss test passes it (system properties), and how to get tokens. */
public final class Network {

    public static final String KEYCLOAK = required("kloss.keycloak.url");
    public static final String KAFKA = required("kloss.kafka.bootstrap");
    public static final List<String> NODES = Arrays.asList(required("kloss.nodes").split(","));
    public static final String REPORTING = required("kloss.reporting.url");
    public static final String HUB_GATEWAY = required("kloss.hub.gateway.url");
    // The first node's services, for tests about one node.
    public static final String CALL = required("kloss.call.url");
    public static final String EXCHANGE = required("kloss.exchange.url");
    public static final String FOLLOWUP = required("kloss.followup.url");
    public static final String GATEWAY = required("kloss.gateway.url");

    private static final String TOKEN_ENDPOINT = KEYCLOAK + "/realms/kloss/protocol/openid-connect/token";
    private static final String GATEWAY_SECRET = env("KLOSS_GATEWAY_CLIENT_SECRET", "gateway-local-secret");
    private static final String KAFKA_SECRET_PREFIX = System.getProperty("kloss.kafka.secret.prefix", "local");

    private Network() {
    }

    /** The URL of {@code service} (gateway, call, exchange, followup) at {@code node}. */
    public static String url(String node, String service) {
        return required("kloss." + node + "." + service + ".url");
    }

    /** The first node that serves {@code institution}. */
    public static String nodeOf(String institution) {
        return NODES.stream().filter(n -> institutionsOf(n).contains(institution))
                .findFirst().orElseThrow(() -> new IllegalStateException("no node serves " + institution));
    }

    /** The institutions {@code node} serves (several in hosted mode). */
    public static List<String> institutionsOf(String node) {
        return Arrays.asList(required("kloss." + node + ".institutions").split(","));
    }

    /** A real Keycloak access token for a demo user, by the password grant through the gateway's client. */
    public static String passwordToken(String username) {
        return given().formParam("grant_type", "password")
                .formParam("client_id", "kloss-gateway")
                .formParam("client_secret", GATEWAY_SECRET)
                .formParam("username", username)
                .formParam("password", "demo")
                .post(TOKEN_ENDPOINT).then().statusCode(200).extract().path("access_token");
    }

    /** A real Keycloak access token for an institution's own systems, by the client-credentials grant. */
    public static String clientToken(String clientId, String secret) {
        return given().formParam("grant_type", "client_credentials")
                .formParam("client_id", clientId)
                .formParam("client_secret", secret)
                .post(TOKEN_ENDPOINT).then().statusCode(200).extract().path("access_token");
    }

    /** Kafka client settings for {@code principal} (node-kth, hub, ...), as deploy/local gives each its password. */
    public static Properties kafka(String principal) {
        Properties p = new Properties();
        p.put("bootstrap.servers", KAFKA);
        p.put("security.protocol", "SASL_PLAINTEXT");
        p.put("sasl.mechanism", "SCRAM-SHA-512");
        p.put("sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required username=\""
                + principal + "\" password=\"" + KAFKA_SECRET_PREFIX + "-" + principal + "-kafka\";");
        return p;
    }

    public static String env(String name, String fallback) {
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

package se.klossnet.system.security;

import static io.restassured.RestAssured.given;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The network under test as the security tests need it, from the system properties {@code ./kloss test} passes
 * (the same as {@code se.klossnet.system.Network} reads): the nodes and the institutions each serves, each node's
 * service URLs, the hub, Keycloak. Also the callers: one demo user per role and institution, and each institution's
 * systems client, with real Keycloak tokens that are fetched once and renewed before they expire.
 */
final class SecurityNetwork {

    static final String KEYCLOAK = required("kloss.keycloak.url");
    static final String HUB_GATEWAY = required("kloss.hub.gateway.url");
    static final String REPORTING = required("kloss.reporting.url");
    static final List<String> NODES = Arrays.asList(required("kloss.nodes").split(","));
    static final String TOKEN_ENDPOINT = KEYCLOAK + "/realms/kloss/protocol/openid-connect/token";
    static final String GATEWAY_SECRET = env("KLOSS_GATEWAY_CLIENT_SECRET", "gateway-local-secret");

    /** The node services whose APIs the matrices cover. */
    static final List<String> NODE_SERVICES = List.of("call", "exchange", "followup");

    /** The realm roles of deploy/keycloak/kloss-realm.json that institution users hold (one demo user each). */
    static final List<String> INSTITUTION_ROLES = List.of("coordinator", "reviewer", "manager", "staff", "finance", "hr",
            "admin", "privacy");

    /** The institutions with demo users in the realm (kth and mau share a node in the test network, lu has its own). */
    static final List<String> DEMO_INSTITUTIONS = List.of("kth", "mau", "lu");

    private static final Map<String, CachedToken> TOKENS = new ConcurrentHashMap<>();

    private SecurityNetwork() {
    }

    /** Someone who calls the API: a demo user, or an institution's systems client. */
    record Caller(String name, String institution, List<String> roles, boolean machine) {

        String token() {
            return SecurityNetwork.token(this);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static List<String> institutionsOf(String node) {
        return Arrays.asList(required("kloss." + node + ".institutions").split(","));
    }

    static String url(String node, String service) {
        return required("kloss." + node + "." + service + ".url");
    }

    /** Every caller of one institution: a user per role and the systems client (finance and hr). */
    static List<Caller> callersOf(String institution) {
        List<Caller> callers = new ArrayList<>();
        for (String role : INSTITUTION_ROLES) {
            callers.add(new Caller(institution + "-" + role, institution, List.of(role), false));
        }
        callers.add(new Caller(institution + "-systems", institution, List.of("finance", "hr"), true));
        return callers;
    }

    static Caller analyst() {
        return new Caller("analyst", "national", List.of("analyst"), false);
    }

    static Caller user(String institution, String role) {
        return new Caller(institution + "-" + role, institution, List.of(role), false);
    }

    /** The demo institutions a node serves, in a stable order. */
    static Map<String, List<String>> demoInstitutionsByNode() {
        Map<String, List<String>> byNode = new LinkedHashMap<>();
        for (String node : NODES) {
            List<String> served = institutionsOf(node).stream().filter(DEMO_INSTITUTIONS::contains).toList();
            if (!served.isEmpty()) {
                byNode.put(node, served);
            }
        }
        return byNode;
    }

    private record CachedToken(String value, Instant renewAfter) {
    }

    private static String token(Caller caller) {
        CachedToken cached = TOKENS.get(caller.name());
        if (cached != null && Instant.now().isBefore(cached.renewAfter())) {
            return cached.value();
        }
        var request = given();
        if (caller.machine()) {
            request.formParam("grant_type", "client_credentials")
                    .formParam("client_id", caller.name())
                    .formParam("client_secret", env("KLOSS_" + caller.institution().toUpperCase() + "_SYSTEMS_SECRET",
                            caller.institution() + "-systems-local-secret"));
        } else {
            request.formParam("grant_type", "password")
                    .formParam("client_id", "kloss-gateway")
                    .formParam("client_secret", GATEWAY_SECRET)
                    .formParam("username", caller.name())
                    .formParam("password", "demo");
        }
        var response = request.post(TOKEN_ENDPOINT).then().statusCode(200).extract();
        String token = response.path("access_token");
        int lifetime = response.path("expires_in");
        TOKENS.put(caller.name(), new CachedToken(token, Instant.now().plus(Duration.ofSeconds(Math.max(10, lifetime - 30)))));
        return token;
    }

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("system property " + property + " is not set; run the system tests with ./kloss test");
        }
        return value;
    }
}

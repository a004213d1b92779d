package se.klossnet.system.autonomy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import se.klossnet.system.Network;

/**
 * Real Keycloak access tokens of demo users, renewed well before they expire (the realm gives 5 minutes), so that a
 * run longer than that keeps working. While Keycloak is unreachable (its database is being killed) the last token is
 * used for as long as it lives.
 */
public final class Tokens {

    private static final Duration RENEW_AFTER = Duration.ofMinutes(2);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String ENDPOINT = Network.KEYCLOAK + "/realms/kloss/protocol/openid-connect/token";
    private static final String SECRET = Network.env("KLOSS_GATEWAY_CLIENT_SECRET", "gateway-local-secret");

    private record Issued(String token, Instant at) {
    }

    private final Map<String, Issued> issued = new ConcurrentHashMap<>();

    /** A token of {@code username}; fails only when there is none yet and Keycloak does not give one. */
    public String of(String username) {
        Issued current = issued.get(username);
        if (current != null && current.at().plus(RENEW_AFTER).isAfter(Instant.now())) {
            return current.token();
        }
        try {
            String fresh = fetch(username);
            issued.put(username, new Issued(fresh, Instant.now()));
            return fresh;
        } catch (Exception e) {
            if (current != null) {
                return current.token();
            }
            throw new IllegalStateException("no token for " + username + ": " + e.getMessage(), e);
        }
    }

    private static String fetch(String username) throws Exception {
        String form = "grant_type=password&client_id=kloss-gateway&client_secret=" + enc(SECRET)
                + "&username=" + enc(username) + "&password=demo";
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(ENDPOINT))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Keycloak answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body()).path("access_token").asText();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}

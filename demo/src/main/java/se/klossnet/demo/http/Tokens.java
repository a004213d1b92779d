package se.klossnet.demo.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Real Keycloak access tokens: the password grant through the gateway's client for the demo users, the
 * client-credentials grant for an institution's systems. Tokens live five minutes in the realm, so each is kept
 * until shortly before it expires and then fetched again.
 */
public final class Tokens {

    private record Cached(String token, Instant renewAt) {
    }

    private final HttpClient http;
    private final ObjectMapper json;
    private final URI endpoint;
    private final String gatewayClientSecret;
    private final String password;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();
    private final Map<String, Object> locks = new ConcurrentHashMap<>();

    public Tokens(HttpClient http, ObjectMapper json, String keycloakUrl, String gatewayClientSecret, String password) {
        this.http = http;
        this.json = json;
        this.endpoint = URI.create(keycloakUrl + "/realms/kloss/protocol/openid-connect/token");
        this.gatewayClientSecret = gatewayClientSecret;
        this.password = password;
    }

    /** A demo user's token (password grant through client kloss-gateway). */
    public String user(String username) {
        return cached("user:" + username, () -> {
            Map<String, String> form = new LinkedHashMap<>();
            form.put("grant_type", "password");
            form.put("client_id", "kloss-gateway");
            form.put("client_secret", gatewayClientSecret);
            form.put("username", username);
            form.put("password", password);
            return form;
        });
    }

    /** An institution system's token (client-credentials grant). */
    public String client(String clientId, String secret) {
        return cached("client:" + clientId, () -> Map.of("grant_type", "client_credentials", "client_id", clientId,
                "client_secret", secret));
    }

    /**
     * The token for {@code who}: a demo user's name, or {@code client:<id>} for an institution system's
     * client-credentials client, whose secret comes from {@code KLOSS_<ID>_SECRET} (e.g. KLOSS_KTH_SYSTEMS_SECRET)
     * or the local default {@code <id>-local-secret}.
     */
    public String bearer(String who) {
        if (who.startsWith("client:")) {
            String id = who.substring("client:".length());
            String variable = "KLOSS_" + id.toUpperCase(java.util.Locale.ROOT).replace('-', '_') + "_SECRET";
            String secret = System.getenv(variable);
            return client(id, secret == null || secret.isBlank() ? id + "-local-secret" : secret);
        }
        return user(who);
    }

    /** Whether Keycloak issues a token to {@code who} (see {@link #bearer}); throws when Keycloak does not answer. */
    public boolean available(String who) {
        try {
            bearer(who);
            return true;
        } catch (DemoException e) {
            if (e.status() == 400 || e.status() == 401) {
                return false;
            }
            throw e;
        }
    }

    /**
     * Whether Keycloak knows the user: the demo skips an institution that has no demo users. A Keycloak that does
     * not answer is an error, not a missing user.
     */
    public boolean canLogIn(String username) {
        return available(username);
    }

    private String cached(String key, java.util.function.Supplier<Map<String, String>> form) {
        Cached c = cache.get(key);
        if (c != null && Instant.now().isBefore(c.renewAt())) {
            return c.token();
        }
        // One login per user at a time: Keycloak's brute-force detection locks an account for a minute when logins
        // follow each other within a second, which parallel workers of one user would otherwise do.
        synchronized (locks.computeIfAbsent(key, k -> new Object())) {
            c = cache.get(key);
            if (c != null && Instant.now().isBefore(c.renewAt())) {
                return c.token();
            }
            Cached fresh = fetch(key, form.get());
            cache.put(key, fresh);
            return fresh.token();
        }
    }

    private Cached fetch(String key, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        for (int attempt = 1; ; attempt++) {
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 200) {
                    throw new DemoException("Keycloak refused a token for " + key + ": " + response.statusCode() + " "
                            + response.body(), response.statusCode());
                }
                JsonNode node = json.readTree(response.body());
                long lifetime = node.path("expires_in").asLong(300);
                // Renew with a margin, so that a token never expires between being taken and being checked.
                return new Cached(node.path("access_token").asText(),
                        Instant.now().plusSeconds(Math.max(10, lifetime - 60)));
            } catch (IOException e) {
                if (attempt >= 5) {
                    throw new DemoException("Keycloak at " + endpoint + " does not answer: " + e.getMessage(), e);
                }
                Api.pause(Duration.ofSeconds(attempt));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new DemoException("interrupted", e);
            }
        }
    }
}

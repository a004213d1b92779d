package se.klossnet.demo.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * JSON over HTTP to the gateways, as one named user, an institution system ({@code client:<id>}) or nobody (for
 * the token links). The gateway's rate limit
 * (429 with Retry-After) is waited out and a gateway that has lost its upstream for a moment (502, 503) or a refused
 * connection is retried: a demo that a busy laptop slows down should still finish. Any other refusal is an error
 * that names the request and the problem detail.
 */
public final class Api {

    private static final int MAX_ATTEMPTS = 30;

    private final HttpClient http;
    private final ObjectMapper json;
    private final Tokens tokens;
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong waits = new AtomicLong();

    public Api(HttpClient http, ObjectMapper json, Tokens tokens) {
        this.http = http;
        this.json = json;
        this.tokens = tokens;
    }

    public ObjectMapper json() {
        return json;
    }

    public Tokens tokens() {
        return tokens;
    }

    /** Requests sent so far. */
    public long requests() {
        return requests.get();
    }

    /** Times the gateway asked us to slow down (429). */
    public long rateLimited() {
        return waits.get();
    }

    public JsonNode get(String user, String url) {
        return send("GET", user, url, null).body();
    }

    public JsonNode post(String user, String url, Object body) {
        return send("POST", user, url, body).body();
    }

    public JsonNode put(String user, String url, Object body) {
        return send("PUT", user, url, body).body();
    }

    /** The answer of a request; {@code 404} does not throw, so that callers can poll for what Kafka is bringing. */
    public Reply getOrMissing(String user, String url) {
        return send("GET", user, url, null, true);
    }

    public record Reply(int status, JsonNode body) {
    }

    private Reply send(String method, String user, String url, Object body) {
        return send(method, user, url, body, false);
    }

    private Reply send(String method, String user, String url, Object body, boolean missingIsAnswer) {
        String payload = body == null ? null : write(body);
        for (int attempt = 1; ; attempt++) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                    .header("Accept", "application/json");
            if (user != null) {
                request.header("Authorization", "Bearer " + tokens.bearer(user));
            }
            if (payload != null) {
                request.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(payload));
            } else {
                request.method(method, method.equals("GET") ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(""));
            }
            HttpResponse<String> response;
            try {
                requests.incrementAndGet();
                response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            } catch (ConnectException | HttpTimeoutException e) {
                // Nothing was processed on a refused connection; a timed-out GET is safe to repeat.
                if (attempt >= MAX_ATTEMPTS || (e instanceof HttpTimeoutException && !method.equals("GET"))) {
                    throw new DemoException(method + " " + url + ": " + e, e);
                }
                pause(Duration.ofSeconds(Math.min(attempt, 5)));
                continue;
            } catch (IOException e) {
                throw new DemoException(method + " " + url + ": " + e.getMessage(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new DemoException("interrupted", e);
            }
            int status = response.statusCode();
            if (status == 429 && attempt < MAX_ATTEMPTS) {
                waits.incrementAndGet();
                long seconds = response.headers().firstValueAsLong("Retry-After").orElse(1);
                pause(Duration.ofSeconds(Math.max(1, Math.min(seconds, 30))));
                continue;
            }
            if ((status == 502 || status == 503) && attempt < 10) {
                pause(Duration.ofSeconds(attempt));
                continue;
            }
            JsonNode node = read(response.body());
            if (status / 100 == 2 || (missingIsAnswer && status == 404)) {
                return new Reply(status, node);
            }
            String detail = node.path("detail").asText(response.body());
            throw new DemoException(method + " " + url + " → " + status + ": " + detail, status);
        }
    }

    private String write(Object body) {
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new DemoException("cannot write " + body + ": " + e.getMessage(), e);
        }
    }

    private JsonNode read(String body) {
        if (body == null || body.isBlank()) {
            return MissingNode.getInstance();
        }
        try {
            return json.readTree(body);
        } catch (JsonProcessingException e) {
            return json.getNodeFactory().textNode(body);
        }
    }

    static void pause(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DemoException("interrupted", e);
        }
    }

    /** Waits {@code duration}; for polling what travels over Kafka. */
    public static void sleep(Duration duration) {
        pause(duration);
    }
}

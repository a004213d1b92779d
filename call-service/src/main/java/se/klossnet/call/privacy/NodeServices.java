package se.klossnet.call.privacy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import se.klossnet.platform.problem.ProblemException;

/**
 * Reads the other services' privacy endpoints inside the node, with the requester's own token, so each service
 * checks for itself that the requester may see what it returns. Export documents never go over Kafka.
 */
@ApplicationScoped
public class NodeServices {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final PrivacyServices services;
    private final ObjectMapper json;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    public NodeServices(PrivacyServices services, ObjectMapper json) {
        this.services = services;
        this.json = json;
    }

    /** The service's export part of a request. */
    JsonNode part(String service, String requestId, String token) {
        return get(service, "/privacy/parts/" + requestId, token);
    }

    /**
     * The retention rules that keep the service from erasing the person now: [{rule, detail}], empty if none. A
     * service that does not know the person at the caller's institution answers 404: it holds nothing to keep.
     */
    JsonNode holds(String service, String pseudonym, String token) {
        return get(service, "/privacy/holds/" + URLEncoder.encode(pseudonym, StandardCharsets.UTF_8), token, true);
    }

    private JsonNode get(String service, String path, String token) {
        return get(service, path, token, false);
    }

    private JsonNode get(String service, String path, String token, boolean notFoundIsEmpty) {
        String base = services.byService().get(service);
        HttpRequest request = HttpRequest.newBuilder(URI.create(base.replaceAll("/+$", "") + path)).timeout(TIMEOUT)
                .header("Authorization", "Bearer " + token).header("Accept", "application/json").GET().build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (notFoundIsEmpty && response.statusCode() == 404) {
                return json.createArrayNode();
            }
            if (response.statusCode() != 200) {
                throw unavailable(service, "answered " + response.statusCode() + " for " + path);
            }
            return json.readTree(response.body());
        } catch (IOException e) {
            throw unavailable(service, "cannot be reached");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable(service, "did not answer");
        }
    }

    private static ProblemException unavailable(String service, String what) {
        return new ProblemException(503, "node-service-unavailable", "A service of the node is unavailable",
                service + " " + what + "; try again shortly");
    }
}

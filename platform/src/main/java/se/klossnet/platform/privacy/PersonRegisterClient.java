package se.klossnet.platform.privacy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.klossnet.platform.problem.ProblemException;

/**
 * Asks the node's person register (the call-service's {@code GET /persons/me}) for the caller's pseudonym, with the
 * caller's own bearer token, so the register sees exactly who is asking and nobody can ask for someone else.
 *
 * <p>Why a register inside the node and not Keycloak's {@code sub}: the Keycloak is shared nationally, so an id from
 * it could be re-identified at the national level. The register's pseudonym is random and the mapping never leaves
 * the node. Services cache the answer; it never changes.
 */
@ApplicationScoped
public class PersonRegisterClient {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final Optional<String> url;
    private final ObjectMapper json;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    public PersonRegisterClient(@ConfigProperty(name = "kloss.person-register.url") Optional<String> url,
                                ObjectMapper json) {
        this.url = url;
        this.json = json;
    }

    /** The pseudonym of the person whose token this is; the register creates it on first sight. */
    public String pseudonymOf(String bearerToken) {
        String base = url.orElseThrow(() -> unavailable("kloss.person-register.url is not configured"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(base.replaceAll("/+$", "") + "/persons/me"))
                .timeout(TIMEOUT).header("Authorization", "Bearer " + bearerToken)
                .header("Accept", "application/json").GET().build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw unavailable("the person register answered " + response.statusCode());
            }
            JsonNode body = json.readTree(response.body());
            String pseudonym = body.path("pseudonym").asText("");
            if (!pseudonym.startsWith("psn-")) {
                throw unavailable("the person register answered without a pseudonym");
            }
            return pseudonym;
        } catch (IOException e) {
            throw unavailable("the person register cannot be reached");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable("interrupted while asking the person register");
        }
    }

    private static ProblemException unavailable(String detail) {
        return new ProblemException(503, "person-register-unavailable", "Person register unavailable",
                detail + "; try again shortly");
    }
}

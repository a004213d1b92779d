package se.klossnet.exchange.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.Mock;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import se.klossnet.platform.privacy.PersonRegisterClient;

/**
 * The node's person register (the call-service) stands in for module tests: one pseudonym per username, the same
 * for every token of that user, as the real register gives. The system tests use the real register.
 */
@Mock
@ApplicationScoped
public class TestPersonRegister extends PersonRegisterClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    public TestPersonRegister() {
        super(Optional.empty(), JSON);
    }

    @Override
    public String pseudonymOf(String bearerToken) {
        return of(usernameIn(bearerToken));
    }

    /** The pseudonym the register gives {@code username}. */
    public static String of(String username) {
        return "psn-" + UUID.nameUUIDFromBytes(("register/" + username).getBytes(StandardCharsets.UTF_8));
    }

    private static String usernameIn(String token) {
        try {
            JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
            return claims.path("preferred_username").asText();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

package se.klossnet.testing;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;
import java.util.UUID;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.MalformedClaimException;
import org.jose4j.jwt.consumer.InvalidJwtException;

/**
 * The node's person register (the call-service's {@code GET /persons/me}) as module tests stand it in: one
 * pseudonym per username, the same for every token of that user, as the real register gives. The system tests use
 * the real register.
 *
 * <p>A service's test {@code @Mock} of the platform's {@code PersonRegisterClient} answers with {@link #inToken}; it
 * stays in the service's tests because the platform's own tests depend on this module.
 */
public final class TestPseudonyms {

    private TestPseudonyms() {
    }

    /** The pseudonym the register gives {@code username}. */
    public static String of(String username) {
        return "psn-" + UUID.nameUUIDFromBytes(("register/" + username).getBytes(StandardCharsets.UTF_8));
    }

    /** The pseudonym the register gives the user a bearer token (e.g. of {@link TestTokens}) was issued to. */
    public static String inToken(String bearerToken) {
        return of(usernameIn(bearerToken));
    }

    private static String usernameIn(String token) {
        try {
            String payload = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
            return Objects.toString(JwtClaims.parse(payload).getStringClaimValue("preferred_username"), "");
        } catch (InvalidJwtException | MalformedClaimException e) {
            throw new IllegalStateException(e);
        }
    }
}

package se.klossnet.testing;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.lang.JoseException;

/**
 * Signed bearer tokens shaped like Keycloak's ({@code realm_access.roles}, an {@code institution} claim), for
 * {@code @QuarkusTest}s. The service verifies them for real with the matching public key, which
 * {@link RealInfrastructure} configures as {@code quarkus.oidc.public-key}.
 */
public final class TestTokens {

    public static final String ISSUER = "https://tests.kloss.invalid/realms/kloss";
    private static final KeyPair KEYS = generate();
    private static final KeyPair STRANGER = generate();

    private TestTokens() {
    }

    /** A valid token for {@code username} of {@code institution} (null for none) with the given realm roles. */
    public static String of(String username, String institution, String... roles) {
        return sign(KEYS, username, institution, 3600, roles); // an hour: long enough for a benchmark run
    }

    /** A token that expired a minute ago. */
    public static String expired(String username, String institution, String... roles) {
        return sign(KEYS, username, institution, -60, roles);
    }

    /** A well-formed token signed with a key the service does not trust. */
    public static String badSignature(String username, String institution, String... roles) {
        return sign(STRANGER, username, institution, 3600, roles);
    }

    /** The public key as {@code quarkus.oidc.public-key} expects it: base64 of the X.509 DER encoding. */
    public static String publicKey() {
        return Base64.getEncoder().encodeToString(KEYS.getPublic().getEncoded());
    }

    private static String sign(KeyPair keys, String username, String institution, int lifetimeSeconds, String... roles) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(ISSUER);
        claims.setSubject("sub-" + username);
        claims.setClaim("preferred_username", username);
        if (institution != null) {
            claims.setClaim("institution", institution);
        }
        claims.setClaim("realm_access", Map.of("roles", List.of(roles)));
        claims.setIssuedAtToNow();
        claims.setExpirationTimeMinutesInTheFuture(lifetimeSeconds / 60f);
        claims.setGeneratedJwtId();
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(keys.getPrivate());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException("cannot sign a test token", e);
        }
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

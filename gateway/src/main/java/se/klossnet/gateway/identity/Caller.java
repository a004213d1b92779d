package se.klossnet.gateway.identity;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.IdTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import java.security.Principal;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import se.klossnet.platform.scope.CallerInstitution;

/**
 * Who is calling, as far as the gateway needs to know: pseudonymous ids only (the token's {@code sub} and the OAuth
 * client), never a name or e-mail, so that the audit log and the rate-limit keys hold no personal data.
 *
 * @param subject     the token's {@code sub}, or null for an anonymous caller
 * @param client      the OAuth client the token was issued to ({@code azp}), or null
 * @param institution the token's {@code institution} claim, or null
 * @param accessToken the access token to pass on to the upstream, or null
 * @param session     true when the caller came with the gateway's session cookie (code flow) rather than a bearer token
 */
public record Caller(String subject, String client, String institution, Set<String> roles, String accessToken,
                     boolean session) {

    public static final Caller ANONYMOUS = new Caller(null, null, null, Set.of(), null, false);

    public static Caller of(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous()) {
            return ANONYMOUS;
        }
        Principal principal = identity.getPrincipal();
        String subject = null;
        String client = null;
        String institution = null;
        if (principal instanceof JsonWebToken jwt) {
            subject = jwt.getSubject();
            client = claim(jwt, "azp");
            institution = claim(jwt, CallerInstitution.CLAIM);
        }
        AccessTokenCredential access = identity.getCredential(AccessTokenCredential.class);
        boolean session = identity.getCredential(IdTokenCredential.class) != null;
        return new Caller(subject, client, institution, Set.copyOf(identity.getRoles()),
                access == null ? null : access.getToken(), session);
    }

    public boolean anonymous() {
        return subject == null;
    }

    private static String claim(JsonWebToken jwt, String name) {
        Object value = jwt.getClaim(name);
        return value == null ? null : value.toString().replace("\"", "");
    }
}

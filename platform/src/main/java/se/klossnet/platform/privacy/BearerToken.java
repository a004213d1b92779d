package se.klossnet.platform.privacy;

import io.quarkus.security.identity.SecurityIdentity;
import org.eclipse.microprofile.jwt.JsonWebToken;
import se.klossnet.platform.problem.AccessDenied;

/** The caller's raw bearer token, to forward to another service of the node on the caller's behalf. */
public final class BearerToken {

    private BearerToken() {
    }

    public static String of(SecurityIdentity identity) {
        if (identity != null && identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getRawToken() != null) {
            return jwt.getRawToken();
        }
        throw new AccessDenied("this operation needs a person's bearer token");
    }
}

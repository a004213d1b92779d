package se.klossnet.reporting.projection;

import jakarta.enterprise.context.RequestScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;
import se.klossnet.platform.problem.AccessDenied;
import se.klossnet.platform.scope.CallerInstitution;

/**
 * Who may operate the national projections: analysts and admins of the hub's own institution ({@code national}).
 * The role alone is not enough, because {@code admin} is also the role of each institution's node operator, and a
 * {@code kth} admin must not be able to start a national rebuild.
 */
@RequestScoped
public class HubOperators {

    private final JsonWebToken token;
    private final String hubInstitution;

    public HubOperators(JsonWebToken token,
                        @ConfigProperty(name = "kloss.reporting.hub-institution", defaultValue = "national")
                        String hubInstitution) {
        this.token = token;
        this.hubInstitution = hubInstitution;
    }

    /** @throws AccessDenied (403) when the caller's token is not of the hub's institution */
    public void requireHubCaller() {
        Object claim = token.getClaim(CallerInstitution.CLAIM);
        String institution = claim == null ? null : claim.toString().replace("\"", "");
        if (!hubInstitution.equals(institution)) {
            throw new AccessDenied("operating the national projections is for the hub's analysts and admins "
                    + "(institution '" + hubInstitution + "'); an institution's admin operates its own node");
        }
    }
}

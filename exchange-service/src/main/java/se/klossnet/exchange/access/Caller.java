package se.klossnet.exchange.access;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import se.klossnet.platform.scope.CallerInstitution;
import se.klossnet.platform.scope.Roles;

/**
 * Who is calling: the institution (from the token, checked by the platform), the account name and the roles.
 * Institution-wide roles see every exchange of their institution; a staff member sees the exchange they take
 * part in, a manager the registrations that name them.
 */
@RequestScoped
public class Caller {

    private final CallerInstitution institution;
    private final SecurityIdentity identity;

    public Caller(CallerInstitution institution, SecurityIdentity identity) {
        this.institution = institution;
        this.identity = identity;
    }

    public String institution() {
        return institution.id();
    }

    /** The account name (Keycloak's preferred_username). */
    public String username() {
        return identity.getPrincipal().getName();
    }

    /** The caller's bearer token, to ask the node's person register on their behalf. */
    public String token() {
        return se.klossnet.platform.privacy.BearerToken.of(identity);
    }

    public boolean has(String role) {
        return identity.hasRole(role);
    }

    /** Coordinators, finance, HR and operators read every exchange of their institution. */
    public boolean seesWholeInstitution() {
        return has(Roles.COORDINATOR) || has(Roles.FINANCE) || has(Roles.HR) || has(Roles.ADMIN);
    }
}

package se.klossnet.followup.pseudonym;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import se.klossnet.platform.privacy.BearerToken;
import se.klossnet.platform.scope.CallerInstitution;
import se.klossnet.platform.scope.Roles;

/** Who is calling: their institution (from the token), their pseudonym here, and whether they coordinate. */
@RequestScoped
public class Caller {

    private final SecurityIdentity identity;
    private final CallerInstitution institution;
    private final Pseudonyms pseudonyms;
    private String pseudonym;

    public Caller(SecurityIdentity identity, CallerInstitution institution, Pseudonyms pseudonyms) {
        this.identity = identity;
        this.institution = institution;
        this.pseudonyms = pseudonyms;
    }

    /** The caller's institution; 403 when the token names none that this node serves. */
    public String institution() {
        return institution.id();
    }

    /** The caller's pseudonym at this node, from the node's person register (cached here). */
    public String pseudonym() {
        if (pseudonym == null) {
            pseudonym = pseudonyms.of(institution(), identity.getPrincipal().getName(),
                    () -> BearerToken.of(identity));
        }
        return pseudonym;
    }

    public boolean has(String role) {
        return identity.hasRole(role);
    }

    public boolean isCoordinator() {
        return identity.hasRole(Roles.COORDINATOR);
    }
}

package se.klossnet.call.person;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;
import se.klossnet.platform.problem.AccessDenied;
import se.klossnet.platform.scope.CallerInstitution;

/** The person behind the request, as this service knows them: a username and a pseudonym. */
@RequestScoped
public class CallerPerson {

    private final SecurityIdentity identity;
    private final Pseudonyms pseudonyms;

    public CallerPerson(SecurityIdentity identity, Pseudonyms pseudonyms) {
        this.identity = identity;
        this.pseudonyms = pseudonyms;
    }

    public String username() {
        if (identity == null || identity.isAnonymous()) {
            throw new AccessDenied("this operation needs a person's token");
        }
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            Object preferred = jwt.getClaim("preferred_username");
            if (preferred != null && !preferred.toString().isBlank()) {
                return preferred.toString().replace("\"", "");
            }
        }
        return identity.getPrincipal().getName();
    }

    /** The caller's pseudonym, created on first sight: for operations that record the caller. */
    public String pseudonym() {
        return pseudonyms.of(username(), institutionClaim());
    }

    /** The token's institution claim as the register records it; CallerInstitution checks it where it matters. */
    private String institutionClaim() {
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            Object claim = jwt.getClaim(CallerInstitution.CLAIM);
            return claim == null ? null : claim.toString().replace("\"", "");
        }
        return null;
    }

    /** The caller's pseudonym if they have one: for reads, which must not create one. */
    public Optional<String> existingPseudonym() {
        return pseudonyms.existing(username());
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }
}

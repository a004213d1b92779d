package se.klossnet.platform.scope;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.security.Principal;
import org.eclipse.microprofile.jwt.JsonWebToken;
import se.klossnet.events.Topics;
import se.klossnet.platform.problem.AccessDenied;

/**
 * The institution of the caller, from the token's {@code institution} claim, and the check (through
 * {@link InstitutionScope}) that every object a caller touches belongs to it.
 */
@RequestScoped
public class CallerInstitution {

    public static final String CLAIM = "institution";

    private final SecurityIdentity identity;
    private final NodeConfig node;

    public CallerInstitution(SecurityIdentity identity, NodeConfig node) {
        this.identity = identity;
        this.node = node;
    }

    /** The caller's institution; 403 when the token has none or this node does not serve it. */
    public String id() {
        String institution = claim();
        if (institution == null || !Topics.INSTITUTION_ID.matcher(institution).matches()) {
            throw new AccessDenied("the token carries no valid '" + CLAIM + "' claim");
        }
        if (!node.institutions().contains(institution)) {
            throw new AccessDenied("this node does not serve institution " + institution);
        }
        return institution;
    }

    /**
     * Returns {@code object} when it belongs to the caller's institution.
     *
     * @throws se.klossnet.platform.problem.ResourceNotFound when it is null or belongs to another institution
     */
    public <T extends InstitutionOwned> T requireOwn(T object, String what, Object id) {
        return InstitutionScope.requireOwn(object, id(), what, id);
    }

    private String claim() {
        if (identity == null || identity.isAnonymous()) {
            return null;
        }
        Principal principal = identity.getPrincipal();
        if (principal instanceof JsonWebToken jwt) {
            Object value = jwt.getClaim(CLAIM);
            return value == null ? null : value.toString().replace("\"", "");
        }
        Object attribute = identity.getAttribute(CLAIM);
        return attribute == null ? null : attribute.toString();
    }
}

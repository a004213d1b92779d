package se.klossnet.platform.scope;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Tells callers how a service sees them: the quickest check that a token works end to end. */
@Path("/whoami")
@Authenticated
public class CallerResource {

    public record Caller(String service, String username, String institution, Set<String> roles) {
    }

    private final SecurityIdentity identity;
    private final CallerInstitution institution;
    private final String service;

    public CallerResource(SecurityIdentity identity, CallerInstitution institution,
                          @ConfigProperty(name = "quarkus.application.name") String service) {
        this.identity = identity;
        this.institution = institution;
        this.service = service;
    }

    @GET
    public Caller whoami() {
        return new Caller(service, identity.getPrincipal().getName(), institution.id(), new TreeSet<>(identity.getRoles()));
    }
}

package se.klossnet.exchange.privacy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.klossnet.exchange.access.Caller;
import se.klossnet.platform.privacy.PrivacyRequestsSeen;
import se.klossnet.platform.problem.ResourceNotFound;
import se.klossnet.platform.scope.Roles;

/** This service's part of the node's access exports and erasures; the call-service coordinates. */
@Path("/privacy")
@Tag(name = "Privacy", description = "This service's part of access exports and erasures")
public class PrivacyResource {

    private final ExchangePersonalData data;
    private final PrivacyRequestsSeen seen;
    private final ExchangePersons persons;
    private final Caller caller;

    public PrivacyResource(ExchangePersonalData data, EntityManager em, ExchangePersons persons,
                           Caller caller) {
        this.data = data;
        this.seen = new PrivacyRequestsSeen(em);
        this.persons = persons;
        this.caller = caller;
    }

    @GET
    @Path("/parts/{requestId}")
    @Authenticated
    @Transactional
    @Operation(summary = "This service's part of an access export",
            description = "Everything this service holds about the request's person, as stored. For a privacy "
                    + "officer of the request's institution, or the person themself; 404 for anyone else.")
    public ObjectNode part(@PathParam("requestId") String requestId) {
        String institution = caller.institution(); // 403 for a token of an institution this node does not serve
        PrivacyRequestsSeen.Seen request = seen.find(requestId).filter(r -> "EXPORT".equals(r.kind()))
                .filter(r -> r.institution().equals(institution))
                .filter(r -> caller.has(Roles.PRIVACY) || r.personPseudonym().equals(persons.pseudonymOf(caller)))
                .orElseThrow(() -> new ResourceNotFound("export", requestId));
        return data.export(request.personPseudonym()).part();
    }

    @GET
    @Path("/holds/{pseudonym}")
    @RolesAllowed(Roles.PRIVACY)
    @Transactional
    @Operation(summary = "Retention rules that keep this service from erasing a person now",
            description = "Empty when an erasure may go ahead; otherwise each rule with its legal basis and date. "
                    + "404 for a person this service does not know at the caller's institution.")
    public List<ExchangePersonalData.Hold> holds(@PathParam("pseudonym") String pseudonym) {
        if (!data.knows(caller.institution(), pseudonym)) {
            throw new ResourceNotFound("person", pseudonym);
        }
        return data.holds(pseudonym);
    }
}

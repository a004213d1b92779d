package se.klossnet.call.person;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.klossnet.platform.scope.CallerInstitution;

/** The node's person register: one random pseudonym per person and node, handed out to the person themself. */
@Path("/persons")
@Tag(name = "Persons", description = "The node's person register")
public class PersonResource {

    /** The caller's pseudonymous id at this node; never their name. */
    public record Me(String institution, String pseudonym) {
    }

    private final CallerPerson person;
    private final CallerInstitution institution;

    public PersonResource(CallerPerson person, CallerInstitution institution) {
        this.person = person;
        this.institution = institution;
    }

    @GET
    @Path("/me")
    @Authenticated
    @Operation(summary = "The caller's pseudonym at this node",
            description = "Created on first sight. The exchange- and followup-service ask here with the caller's own "
                    + "token, so every service of the node knows a person by the same pseudonym.")
    public Me me() {
        return new Me(institution.id(), person.pseudonym());
    }
}

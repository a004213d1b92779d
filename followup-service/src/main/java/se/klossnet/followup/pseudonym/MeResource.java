package se.klossnet.followup.pseudonym;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.Operation;

@Path("/me")
@Authenticated
public class MeResource {

    /** The caller's pseudonymous id at this node; never their name. */
    public record Me(String institution, String pseudonym) {
    }

    private final Caller caller;

    public MeResource(Caller caller) {
        this.caller = caller;
    }

    @GET
    @Operation(summary = "The caller's pseudonym at this node",
            description = "The id under which this node knows the caller, from the node's person register "
                    + "(the call-service's GET /persons/me), the same in every service of the node.")
    public Me me() {
        return new Me(caller.institution(), caller.pseudonym());
    }
}

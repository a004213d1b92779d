package se.klossnet.call.decision;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.klossnet.call.application.ApplicationView;
import se.klossnet.platform.scope.CallerInstitution;
import se.klossnet.platform.scope.Roles;

@Path("/applications/{id}/decision")
@Tag(name = "Decision", description = "Grant or reject, within the call's budget")
public class DecisionResource {

    private final Deciding deciding;
    private final CallerInstitution caller;

    public DecisionResource(Deciding deciding, CallerInstitution caller) {
        this.deciding = deciding;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Grant or reject", description = "Only after the call has closed. A grant needs an endorsed "
            + "application (or a submitted one if the call does not require endorsement), at most the call's maximum "
            + "grant, and must fit in what is left of the call's budget. Emits ApplicationGranted or ApplicationRejected; "
            + "the call becomes DECIDED when no application awaits a decision.")
    @APIResponse(responseCode = "422", description = "The grant exceeds what is left of the budget; detail says how much is left")
    @APIResponse(responseCode = "409", description = "The call is not closed, or the application cannot take this decision")
    public ApplicationView decide(@PathParam("id") UUID id,
            @RequestBody(content = @Content(mediaType = "application/json", examples = {
                    @ExampleObject(name = "grant", value = "{\"outcome\": \"GRANT\", \"grantedSek\": 90000, \"motivation\": \"Ranked first.\"}"),
                    @ExampleObject(name = "reject", value = "{\"outcome\": \"REJECT\", \"motivation\": \"Below the funding line.\"}")}))
            @Valid @NotNull DecisionRequest request) {
        return deciding.decide(caller.id(), id, request);
    }
}

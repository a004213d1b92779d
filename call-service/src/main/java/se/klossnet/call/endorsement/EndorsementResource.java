package se.klossnet.call.endorsement;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.klossnet.call.application.ApplicationView;
import se.klossnet.platform.scope.CallerInstitution;
import se.klossnet.platform.scope.Roles;

@Path("/applications/{id}/endorsement")
@Tag(name = "Endorsement", description = "The applicant's manager endorses or declines")
public class EndorsementResource {

    private final Endorsing endorsing;
    private final CallerInstitution caller;

    public EndorsementResource(Endorsing endorsing, CallerInstitution caller) {
        this.endorsing = endorsing;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Roles.MANAGER)
    @Operation(summary = "Endorse or decline a submitted application", description = "SUBMITTED → ENDORSED (emits "
            + "ApplicationEndorsed) or ENDORSEMENT_DECLINED. Review starts only on endorsed applications when the "
            + "call requires endorsement.")
    @APIResponse(responseCode = "409", description = "The application is not awaiting endorsement")
    public ApplicationView answer(@PathParam("id") UUID id, @Valid @NotNull EndorsementRequest request) {
        return endorsing.answer(caller.id(), id, request);
    }
}

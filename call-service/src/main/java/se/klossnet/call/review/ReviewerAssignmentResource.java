package se.klossnet.call.review;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.klossnet.platform.scope.CallerInstitution;
import se.klossnet.platform.scope.Roles;

@Path("/applications/{id}/reviews")
@Tag(name = "Review")
public class ReviewerAssignmentResource {

    private final ReviewerAssigning assigning;
    private final CallerInstitution caller;

    public ReviewerAssignmentResource(ReviewerAssigning assigning, CallerInstitution caller) {
        this.assigning = assigning;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Assign reviewers", description = "After the deadline (call CLOSED), on an endorsed application "
            + "(or a submitted one when the call does not require endorsement). Reviewers are named by username; at most "
            + "the call's reviewers per application, not counting reviewers who declared a conflict.")
    @APIResponse(responseCode = "200", description = "The new assignments")
    @APIResponse(responseCode = "409", description = "Not the time, not reviewable, too many reviewers, or the applicant themself")
    public List<AssignmentView> assign(@PathParam("id") UUID id, @Valid @NotNull AssignmentRequest request) {
        return assigning.assign(caller.id(), id, request);
    }

    @GET
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "The application's reviews", description = "Every assignment with its declaration, scores and weighted total.")
    public List<AssignmentView> list(@PathParam("id") UUID id) {
        return assigning.of(caller.id(), id);
    }
}

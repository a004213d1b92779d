package se.klossnet.call.review;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.klossnet.call.common.QueryParameters;
import se.klossnet.platform.api.Page;
import se.klossnet.platform.api.PageRequest;
import se.klossnet.platform.scope.CallerInstitution;
import se.klossnet.platform.scope.Roles;

@Path("/reviews")
@Tag(name = "Review", description = "Reviewers declare conflicts of interest, then score; coordinators assign and rank")
public class ReviewResource {

    private final ReviewDesk desk;
    private final CallerInstitution caller;

    public ReviewResource(ReviewDesk desk, CallerInstitution caller) {
        this.desk = desk;
        this.caller = caller;
    }

    @GET
    @RolesAllowed(Roles.REVIEWER)
    @Operation(summary = "My review assignments", description = "Newest first. Details appear once you declare no conflict.")
    public Page<ReviewView> mine(@QueryParam("callId") String callId,
                                 @QueryParam("status") String status,
                                 @Valid @BeanParam PageRequest paging) {
        return desk.mine(caller.id(), QueryParameters.uuid("callId", callId),
                QueryParameters.oneOf("status", status, AssignmentStatus.class), paging.page, paging.size);
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Roles.REVIEWER)
    @Operation(summary = "One review", description = "Before the declaration, 'application' is null and only the "
            + "applicant and host organisation are shown, so that you can judge a conflict of interest.")
    public ReviewView get(@PathParam("id") UUID id) {
        return desk.get(caller.id(), id);
    }

    @POST
    @Path("{id}/declaration")
    @RolesAllowed(Roles.REVIEWER)
    @Operation(summary = "Declare a conflict of interest, or none", description = "NONE shows the application's details; "
            + "CONFLICT (with a reason) takes you off the application. Made once.")
    @APIResponse(responseCode = "409", description = "Already declared")
    public ReviewView declare(@PathParam("id") UUID id, @Valid @NotNull DeclarationRequest request) {
        return desk.declare(caller.id(), id, request);
    }

    @PUT
    @Path("{id}/scores")
    @RolesAllowed(Roles.REVIEWER)
    @Operation(summary = "Score every criterion", description = "One score (1–5) with a comment per criterion of the call; "
            + "send the version you read. Scores can be revised until the application's decision.")
    @APIResponse(responseCode = "403", description = "You declared a conflict of interest")
    @APIResponse(responseCode = "409", description = "Not declared yet, stale version, or the application is decided")
    public ReviewView score(@PathParam("id") UUID id, @Valid @NotNull ScoresRequest request) {
        return desk.score(caller.id(), id, request);
    }
}

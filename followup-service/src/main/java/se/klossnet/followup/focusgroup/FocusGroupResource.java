package se.klossnet.followup.focusgroup;

import se.klossnet.followup.QueryParams;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import se.klossnet.platform.api.Page;
import se.klossnet.platform.api.PageRequest;
import se.klossnet.platform.scope.CallerInstitution;
import se.klossnet.platform.scope.Roles;

@Path("/focus-groups")
@RolesAllowed(Roles.COORDINATOR)
public class FocusGroupResource {

    private final FocusGroupRecords records;
    private final CallerInstitution caller;

    public FocusGroupResource(FocusGroupRecords records, CallerInstitution caller) {
        this.records = records;
        this.caller = caller;
    }

    @POST
    @Operation(summary = "Record a focus group that was held",
            description = "Publishes FocusGroupHeld with the participant count and themes; notes and facilitator stay here.")
    public Response record(@Valid @NotNull FocusGroupDraft draft, @Context UriInfo uri) {
        FocusGroupView created = records.record(caller.id(), draft);
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build()).entity(created).build();
    }

    @GET
    public Page<FocusGroupView> list(@QueryParam("programmeId") @Size(max = 100) String programmeId,
                                     @QueryParam("from") String fromParam, @QueryParam("to") String toParam,
                                     @QueryParam("theme") @Size(max = 80) String theme,
                                     @Valid @BeanParam PageRequest paging) {
        LocalDate from = QueryParams.date("from", fromParam);
        LocalDate to = QueryParams.date("to", toParam);
        QueryParams.requireOrdered(from, to);
        return records.search(caller.id(), programmeId, from, to, theme, paging.page, paging.size);
    }

    @GET
    @Path("{id}")
    public FocusGroupView get(@PathParam("id") UUID id) {
        return records.get(caller.id(), id);
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Revise a focus group (send the version read; 409 when stale)")
    public FocusGroupView revise(@PathParam("id") UUID id, @Valid @NotNull FocusGroupDraft draft) {
        return records.revise(caller.id(), id, draft);
    }
}

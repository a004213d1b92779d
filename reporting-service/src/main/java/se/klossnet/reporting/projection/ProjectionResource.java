package se.klossnet.reporting.projection;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import se.klossnet.platform.api.Page;
import se.klossnet.platform.api.PageRequest;
import se.klossnet.platform.problem.ResourceNotFound;
import se.klossnet.platform.scope.Roles;

/**
 * Operating the national projections. Only the hub's own people may: analysts and admins whose token says
 * {@code institution=national}; see {@link HubOperators}.
 */
@Path("/national/projections")
public class ProjectionResource {

    private final ProjectionRebuild rebuild;
    private final ProjectionVersions versions;
    private final HubOperators operators;

    public ProjectionResource(ProjectionRebuild rebuild, ProjectionVersions versions, HubOperators operators) {
        this.rebuild = rebuild;
        this.versions = versions;
        this.operators = operators;
    }

    @POST
    @Path("rebuild")
    @RolesAllowed({Roles.ANALYST, Roles.ADMIN})
    @Operation(summary = "Rebuild the national projections from the topics",
            description = "Opens a new projection version, replays every domain topic from its first record into it "
                    + "and swaps it in when it has caught up. Queries keep answering from the live version meanwhile.")
    @APIResponse(responseCode = "202", description = "the rebuild runs; follow it at the Location")
    @APIResponse(responseCode = "409", description = "a rebuild is already running")
    public Response rebuild(@Context UriInfo uri) {
        operators.requireHubCaller();
        ProjectionVersion building = rebuild.start();
        return Response.accepted(building)
                .location(uri.getBaseUriBuilder().path("national/projections/" + building.version()).build())
                .build();
    }

    @GET
    @RolesAllowed({Roles.ANALYST, Roles.ADMIN})
    @Operation(summary = "Projection versions, newest first, with the progress of a running rebuild")
    public Page<ProjectionVersion> list(@Valid @BeanParam PageRequest paging) {
        operators.requireHubCaller();
        List<ProjectionVersion> all = versions.all();
        int from = Math.min(all.size(), paging.page * paging.size);
        return new Page<>(all.subList(from, Math.min(all.size(), from + paging.size)), paging.page, paging.size,
                all.size());
    }

    @GET
    @Path("{version}")
    @RolesAllowed({Roles.ANALYST, Roles.ADMIN})
    public ProjectionVersion get(@PathParam("version") String version) {
        // The hub check comes before the path is read: a kth admin gets 403 whatever the version looks like.
        operators.requireHubCaller();
        ProjectionVersion found = version.matches("\\d{1,9}") ? versions.get(Integer.parseInt(version)) : null;
        if (found == null) {
            throw new ResourceNotFound("projection version", version);
        }
        return found;
    }
}

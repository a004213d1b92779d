package se.klossnet.call.programme;

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
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import se.klossnet.events.Direction;
import se.klossnet.events.FundingSource;
import se.klossnet.platform.api.Page;
import se.klossnet.platform.api.PageRequest;
import se.klossnet.platform.scope.CallerInstitution;
import se.klossnet.platform.scope.Roles;

@Path("/programmes")
public class ProgrammeResource {

    private final ProgrammeCatalogue catalogue;
    private final CallerInstitution caller;

    public ProgrammeResource(ProgrammeCatalogue catalogue, CallerInstitution caller) {
        this.catalogue = catalogue;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Roles.COORDINATOR)
    public Response create(@Valid @NotNull ProgrammeTerms terms, @jakarta.ws.rs.core.Context UriInfo uri) {
        ProgrammeView created = catalogue.create(caller.id(), terms);
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build()).entity(created).build();
    }

    @GET
    @RolesAllowed({Roles.COORDINATOR, Roles.REVIEWER, Roles.MANAGER, Roles.STAFF, Roles.FINANCE, Roles.HR, Roles.ADMIN})
    public Page<ProgrammeView> list(@QueryParam("direction") Direction direction,
                                    @QueryParam("fundingSource") FundingSource fundingSource,
                                    @Valid @BeanParam PageRequest paging) {
        return catalogue.search(caller.id(), direction, fundingSource, paging.page, paging.size);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.COORDINATOR, Roles.REVIEWER, Roles.MANAGER, Roles.STAFF, Roles.FINANCE, Roles.HR, Roles.ADMIN})
    public ProgrammeView get(@PathParam("id") UUID id) {
        return catalogue.get(caller.id(), id);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Roles.COORDINATOR)
    public ProgrammeView revise(@PathParam("id") UUID id, @Valid @NotNull ProgrammeTerms terms) {
        return catalogue.revise(caller.id(), id, terms);
    }
}

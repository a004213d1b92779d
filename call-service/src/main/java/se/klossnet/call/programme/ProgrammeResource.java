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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.klossnet.call.common.QueryParameters;
import se.klossnet.platform.api.Page;
import se.klossnet.platform.api.PageRequest;
import se.klossnet.platform.scope.CallerInstitution;
import se.klossnet.platform.scope.Roles;

@Path("/programmes")
@Tag(name = "Programmes", description = "An institution's mobility programmes")
public class ProgrammeResource {

    private final ProgrammeCatalogue catalogue;
    private final CallerInstitution caller;

    public ProgrammeResource(ProgrammeCatalogue catalogue, CallerInstitution caller) {
        this.catalogue = catalogue;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Create a programme", description = "Emits ProgrammeCreated.")
    public Response create(@Valid @NotNull ProgrammeTerms terms, @jakarta.ws.rs.core.Context UriInfo uri) {
        ProgrammeView created = catalogue.create(caller.id(), terms);
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build()).entity(created).build();
    }

    @GET
    @RolesAllowed({Roles.COORDINATOR, Roles.REVIEWER, Roles.MANAGER, Roles.STAFF, Roles.FINANCE, Roles.HR, Roles.ADMIN})
    @Operation(summary = "List the institution's programmes", description = "Newest first unless sorted otherwise.")
    public Page<ProgrammeView> list(@QueryParam("direction") String direction,
                                    @QueryParam("fundingSource") String fundingSource,
                                    @Parameter(description = "text in the name, case-insensitive", example = "PAUS")
                                    @QueryParam("q") String text,
                                    @Parameter(description = "createdAt, name or budgetSek; prefix - for descending", example = "name")
                                    @QueryParam("sort") String sort,
                                    @Valid @BeanParam PageRequest paging) {
        return catalogue.search(caller.id(), QueryParameters.oneOf("direction", direction, Direction.class),
                QueryParameters.oneOf("fundingSource", fundingSource, FundingSource.class),
                QueryParameters.containing(text), sort, paging.page, paging.size);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One programme")
    @RolesAllowed({Roles.COORDINATOR, Roles.REVIEWER, Roles.MANAGER, Roles.STAFF, Roles.FINANCE, Roles.HR, Roles.ADMIN})
    public ProgrammeView get(@PathParam("id") UUID id) {
        return catalogue.get(caller.id(), id);
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Revise a programme", description = "Send the version you read; a stale one gets 409.")
    @RolesAllowed(Roles.COORDINATOR)
    public ProgrammeView revise(@PathParam("id") UUID id, @Valid @NotNull ProgrammeTerms terms) {
        return catalogue.revise(caller.id(), id, terms);
    }
}

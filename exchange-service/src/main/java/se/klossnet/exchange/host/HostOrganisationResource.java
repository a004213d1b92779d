package se.klossnet.exchange.host;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import se.klossnet.events.HostSector;
import se.klossnet.platform.api.Page;
import se.klossnet.platform.api.PageRequest;
import se.klossnet.platform.scope.CallerInstitution;
import se.klossnet.platform.scope.Roles;

@Path("/host-organisations")
public class HostOrganisationResource {

    /** A revision: the description and the version the client read. */
    public record HostRevision(@Valid @NotNull HostDescription host, @NotNull Long version) {
    }

    private final HostRegister register;
    private final CallerInstitution caller;

    public HostOrganisationResource(HostRegister register, CallerInstitution caller) {
        this.register = register;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Register a host organisation; an organisationsnummer already known returns that entry")
    @APIResponse(responseCode = "201", description = "registered")
    @APIResponse(responseCode = "200", description = "already in the register")
    public Response register(@Valid @NotNull HostDescription description, @Context UriInfo uri) {
        HostRegister.Registration registration = register.registerByHand(caller.id(), description);
        HostOrganisationView view = HostOrganisationView.of(registration.host());
        if (registration.existed()) {
            return Response.ok(view).build();
        }
        return Response.created(uri.getAbsolutePathBuilder().path(view.id().toString()).build()).entity(view).build();
    }

    @GET
    @RolesAllowed({Roles.COORDINATOR, Roles.MANAGER, Roles.FINANCE, Roles.HR, Roles.ADMIN})
    @Operation(summary = "The institution's host organisations, filterable by sector, region and country")
    public Page<HostOrganisationView> list(@QueryParam("sector") String sector, @QueryParam("region") String region,
                                           @QueryParam("country") String country, @Valid @BeanParam PageRequest paging) {
        return register.search(caller.id(), se.klossnet.exchange.access.QueryValues.enumOf(HostSector.class, sector,
                "sector"), region, country, paging.page, paging.size);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.COORDINATOR, Roles.MANAGER, Roles.FINANCE, Roles.HR, Roles.ADMIN})
    public HostOrganisationView get(@PathParam("id") UUID id) {
        return HostOrganisationView.of(register.find(caller.id(), id));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Correct a host's name, sector, country or region (the organisationsnummer is fixed)")
    public HostOrganisationView revise(@PathParam("id") UUID id, @Valid @NotNull HostRevision revision) {
        return register.revise(caller.id(), id, revision.version(), revision.host());
    }
}

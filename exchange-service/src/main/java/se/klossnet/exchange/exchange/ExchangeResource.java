package se.klossnet.exchange.exchange;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import se.klossnet.events.Direction;
import se.klossnet.events.exchange.CancellationReason;
import se.klossnet.exchange.access.Caller;
import se.klossnet.exchange.access.QueryValues;
import se.klossnet.platform.api.Page;
import se.klossnet.platform.api.PageRequest;
import se.klossnet.platform.scope.Roles;

@Path("/exchanges")
public class ExchangeResource {

    /** A command on an exchange: the version the client read, so that a stale one gets 409. */
    public record VersionedCommand(@NotNull Long version) {
    }

    public record Cancellation(@NotNull CancellationReason reason, @NotNull Long version) {
    }

    private final ExchangeQueries queries;
    private final ExchangeLifecycle lifecycle;
    private final Caller caller;

    public ExchangeResource(ExchangeQueries queries, ExchangeLifecycle lifecycle, Caller caller) {
        this.queries = queries;
        this.lifecycle = lifecycle;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.COORDINATOR, Roles.FINANCE, Roles.HR, Roles.ADMIN, Roles.MANAGER, Roles.STAFF})
    @Operation(summary = "Exchanges the caller may see, newest first: the whole institution for coordinators, "
            + "finance and HR; their own for staff; the registrations naming them for managers")
    public Page<ExchangeView> list(@QueryParam("status") String status,
                                   @QueryParam("direction") String direction,
                                   @QueryParam("programmeId") String programmeId,
                                   @QueryParam("applicationId") String applicationId,
                                   @QueryParam("startsFrom") String startsFrom,
                                   @QueryParam("startsTo") String startsTo,
                                   @Valid @BeanParam PageRequest paging) {
        return queries.search(caller, new ExchangeRepository.Filter(
                QueryValues.enumOf(ExchangeStatus.class, status, "status"),
                QueryValues.enumOf(Direction.class, direction, "direction"), programmeId, applicationId,
                QueryValues.date(startsFrom, "startsFrom"), QueryValues.date(startsTo, "startsTo")),
                paging.page, paging.size);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.COORDINATOR, Roles.FINANCE, Roles.HR, Roles.ADMIN, Roles.MANAGER, Roles.STAFF})
    public ExchangeView get(@PathParam("id") UUID id) {
        return queries.get(caller, id);
    }

    @POST
    @Path("{id}/start")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Start a signed exchange by hand (the calendar starts it on its start date otherwise)")
    @APIResponse(responseCode = "409", description = "not signed by all three parties, or a stale version")
    public ExchangeView start(@PathParam("id") UUID id, @Valid @NotNull VersionedCommand command) {
        return queries.view(lifecycle.start(caller.institution(), id, command.version()));
    }

    @POST
    @Path("{id}/complete")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Complete an ongoing exchange by hand (the calendar completes it after its end date otherwise)")
    public ExchangeView complete(@PathParam("id") UUID id, @Valid @NotNull VersionedCommand command) {
        return queries.view(lifecycle.complete(caller.institution(), id, command.version()));
    }

    @POST
    @Path("{id}/cancel")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Cancel an open exchange with a coded reason")
    public ExchangeView cancel(@PathParam("id") UUID id, @Valid @NotNull Cancellation cancellation) {
        return queries.view(lifecycle.cancel(caller.institution(), id, cancellation.version(), cancellation.reason()));
    }
}

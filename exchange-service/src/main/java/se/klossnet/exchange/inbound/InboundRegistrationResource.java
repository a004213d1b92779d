package se.klossnet.exchange.inbound;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import se.klossnet.exchange.access.Caller;
import se.klossnet.exchange.exchange.ExchangeQueries;
import se.klossnet.exchange.exchange.ExchangeView;
import se.klossnet.platform.scope.Roles;

@Path("/inbound-registrations")
public class InboundRegistrationResource {

    private final InboundFastTrack fastTrack;
    private final ExchangeQueries queries;
    private final Caller caller;

    public InboundRegistrationResource(InboundFastTrack fastTrack, ExchangeQueries queries, Caller caller) {
        this.fastTrack = fastTrack;
        this.queries = queries;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Register an incoming person directly (INBOUND fast track); the agreement is drafted at once "
            + "and the exchange waits for the host department's manager")
    public Response register(@Valid @NotNull InboundRegistration registration, @Context UriInfo uri) {
        ExchangeView view = queries.view(fastTrack.register(caller.institution(), registration));
        return Response.created(uri.getBaseUriBuilder().path("exchanges").path(view.id().toString()).build())
                .entity(view).build();
    }
}

package se.klossnet.exchange.inbound;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import se.klossnet.exchange.access.Caller;
import se.klossnet.exchange.exchange.ExchangeQueries;
import se.klossnet.exchange.exchange.ExchangeResource;
import se.klossnet.exchange.exchange.ExchangeView;
import se.klossnet.platform.scope.Roles;

@Path("/exchanges")
public class InboundResource {

    private final InboundFastTrack fastTrack;
    private final ExchangeQueries queries;
    private final Caller caller;

    public InboundResource(InboundFastTrack fastTrack, ExchangeQueries queries, Caller caller) {
        this.fastTrack = fastTrack;
        this.queries = queries;
        this.caller = caller;
    }

    @POST
    @Path("{id}/approval")
    @RolesAllowed(Roles.MANAGER)
    @Operation(summary = "The host department's manager approves the registration: the exchange is PLANNED and "
            + "its agreement goes out for signature")
    public ExchangeView approve(@PathParam("id") UUID id, @Valid @NotNull ExchangeResource.VersionedCommand command) {
        return queries.view(fastTrack.approve(caller, id, command.version()));
    }

    @POST
    @Path("{id}/decline")
    @RolesAllowed(Roles.MANAGER)
    @Operation(summary = "The host department's manager declines the registration")
    public ExchangeView decline(@PathParam("id") UUID id, @Valid @NotNull ExchangeResource.VersionedCommand command) {
        return queries.view(fastTrack.decline(caller, id, command.version()));
    }
}

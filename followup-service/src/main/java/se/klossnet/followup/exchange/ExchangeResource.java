package se.klossnet.followup.exchange;

import se.klossnet.followup.QueryParams;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import se.klossnet.events.Direction;
import se.klossnet.followup.pseudonym.Caller;
import se.klossnet.platform.api.Page;
import se.klossnet.platform.api.PageRequest;
import se.klossnet.platform.scope.Roles;

@Path("/exchanges")
public class ExchangeResource {

    private final ExchangeFollowUp followUp;
    private final Caller caller;

    public ExchangeResource(ExchangeFollowUp followUp, Caller caller) {
        this.followUp = followUp;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.COORDINATOR, Roles.STAFF})
    @Operation(summary = "Exchanges under follow-up",
            description = "Coordinators see their institution's exchanges; staff see the exchanges they take part in.")
    public Page<ExchangeView> list(@QueryParam("state") String stateParam,
                                   @QueryParam("programmeId") @Size(max = 100) String programmeId,
                                   @QueryParam("direction") String directionParam,
                                   @Valid @BeanParam PageRequest paging) {
        ExchangeState state = QueryParams.enumOf(ExchangeState.class, "state", stateParam);
        Direction direction = QueryParams.enumOf(Direction.class, "direction", directionParam);
        return followUp.search(caller, state, programmeId, direction, paging.page, paging.size);
    }

    @GET
    @Path("{exchangeId}")
    @RolesAllowed({Roles.COORDINATOR, Roles.STAFF})
    @APIResponse(responseCode = "404", description = "unknown, another institution's, or not the caller's exchange")
    public ExchangeView get(@PathParam("exchangeId") String exchangeId) {
        return followUp.get(caller, exchangeId);
    }

    @PUT
    @Path("{exchangeId}/participant")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Link a participant account to the exchange",
            description = "Until pseudonyms are shared across the node (issue 10), this tells the service which account "
                    + "is the exchange's participant. Re-linking needs the version read (409 when stale).")
    public ParticipantLinkView linkParticipant(@PathParam("exchangeId") String exchangeId,
                                               @Valid @NotNull ParticipantLinkRequest request) {
        return followUp.linkParticipant(caller, exchangeId, request);
    }
}

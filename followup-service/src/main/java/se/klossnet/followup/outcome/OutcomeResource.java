package se.klossnet.followup.outcome;

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
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import se.klossnet.events.followup.OutcomeSide;
import se.klossnet.events.followup.OutcomeType;
import se.klossnet.followup.pseudonym.Caller;
import se.klossnet.platform.api.Page;
import se.klossnet.platform.api.PageRequest;
import se.klossnet.platform.scope.Roles;

@Path("/outcomes")
@RolesAllowed({Roles.COORDINATOR, Roles.STAFF})
public class OutcomeResource {

    private final OutcomeReporting reporting;
    private final Caller caller;

    public OutcomeResource(OutcomeReporting reporting, Caller caller) {
        this.reporting = reporting;
        this.caller = caller;
    }

    @GET
    public Page<OutcomeView> list(@QueryParam("exchangeId") @Size(max = 100) String exchangeId,
                                  @QueryParam("programmeId") @Size(max = 100) String programmeId,
                                  @QueryParam("type") String typeParam, @QueryParam("side") String sideParam,
                                  @QueryParam("from") String fromParam, @QueryParam("to") String toParam,
                                  @Valid @BeanParam PageRequest paging) {
        OutcomeType type = QueryParams.enumOf(OutcomeType.class, "type", typeParam);
        OutcomeSide side = QueryParams.enumOf(OutcomeSide.class, "side", sideParam);
        LocalDate from = QueryParams.date("from", fromParam);
        LocalDate to = QueryParams.date("to", toParam);
        QueryParams.requireOrdered(from, to);
        return reporting.search(caller, new OutcomeRepository.Filter(null, exchangeId, programmeId, type, side, from, to),
                paging.page, paging.size);
    }

    @GET
    @Path("{id}")
    public OutcomeView get(@PathParam("id") UUID id) {
        return reporting.get(caller, id);
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Revise an outcome (send the version read; 409 when stale)")
    public OutcomeView revise(@PathParam("id") UUID id, @Valid @NotNull OutcomeDraft draft) {
        return reporting.revise(caller, id, draft);
    }
}

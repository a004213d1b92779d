package se.klossnet.followup.dissemination;

import se.klossnet.followup.QueryParams;
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
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import se.klossnet.followup.pseudonym.Caller;
import se.klossnet.platform.api.Page;
import se.klossnet.platform.api.PageRequest;
import se.klossnet.platform.scope.Roles;

@Path("/exchanges/{exchangeId}/dissemination")
@RolesAllowed({Roles.COORDINATOR, Roles.STAFF})
public class DisseminationResource {

    private final DisseminationFollowUp dissemination;
    private final Caller caller;

    public DisseminationResource(DisseminationFollowUp dissemination, Caller caller) {
        this.dissemination = dissemination;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "Plan against done: planned and recorded activities per type, the plan's answers, the closing statement")
    public DisseminationView view(@PathParam("exchangeId") String exchangeId) {
        return dissemination.view(caller, exchangeId);
    }

    @PUT
    @Path("plan")
    @Operation(summary = "Set the plan (control questions, planned activities); send the version once it exists")
    public DisseminationView plan(@PathParam("exchangeId") String exchangeId, @Valid @NotNull PlanDraft draft) {
        return dissemination.plan(caller, exchangeId, draft);
    }

    @PUT
    @Path("closing-statement")
    @Operation(summary = "Say how the work lives on without the grant")
    public DisseminationView close(@PathParam("exchangeId") String exchangeId,
                                   @Valid @NotNull ClosingStatementDraft draft) {
        return dissemination.close(caller, exchangeId, draft);
    }

    @POST
    @Path("activities")
    @Operation(summary = "Record an activity that took place",
            description = "Publishes DisseminationReported with the exchange's activity counts per type.")
    public Response record(@PathParam("exchangeId") String exchangeId, @Valid @NotNull ActivityDraft draft) {
        return Response.status(201).entity(dissemination.record(caller, exchangeId, draft)).build();
    }

    @GET
    @Path("activities")
    public Page<ActivityView> activities(@PathParam("exchangeId") String exchangeId,
                                         @QueryParam("type") String typeParam, @QueryParam("from") String fromParam,
                                         @QueryParam("to") String toParam, @Valid @BeanParam PageRequest paging) {
        ActivityType type = QueryParams.enumOf(ActivityType.class, "type", typeParam);
        LocalDate from = QueryParams.date("from", fromParam);
        LocalDate to = QueryParams.date("to", toParam);
        QueryParams.requireOrdered(from, to);
        return dissemination.activities(caller, exchangeId, type, from, to, paging.page, paging.size);
    }
}

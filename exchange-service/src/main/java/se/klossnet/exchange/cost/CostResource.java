package se.klossnet.exchange.cost;

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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import se.klossnet.exchange.access.Caller;
import se.klossnet.exchange.access.QueryValues;
import se.klossnet.exchange.exchange.ExchangeDirectory;
import se.klossnet.platform.api.Page;
import se.klossnet.platform.api.PageRequest;
import se.klossnet.platform.scope.Roles;

@Path("/exchanges")
public class CostResource {

    private final CostBook costs;
    private final BudgetBook budgets;
    private final ExchangeDirectory directory;
    private final Caller caller;

    public CostResource(CostBook costs, BudgetBook budgets, ExchangeDirectory directory, Caller caller) {
        this.costs = costs;
        this.budgets = budgets;
        this.directory = directory;
        this.caller = caller;
    }

    @GET
    @Path("{id}/budget")
    @RolesAllowed({Roles.COORDINATOR, Roles.FINANCE, Roles.ADMIN})
    @Operation(summary = "Budget against actual, with warnings when the plan or the actual costs exceed the budget")
    public BudgetView budget(@PathParam("id") UUID id) {
        return budgets.view(directory.require(caller.institution(), id));
    }

    @PUT
    @Path("{id}/budget")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Plan the costs: the salary part is monthly salary cost × extent × months")
    public BudgetView plan(@PathParam("id") UUID id, @Valid @NotNull BudgetBook.Plan plan) {
        return budgets.plan(caller.institution(), id, plan);
    }

    @POST
    @Path("{id}/costs")
    @RolesAllowed({Roles.FINANCE, Roles.COORDINATOR})
    @Operation(summary = "Book an actual cost; it emits CostRecorded and warns when the exchange goes over budget")
    @APIResponse(responseCode = "201", description = "booked")
    public Response record(@PathParam("id") UUID id, @Valid @NotNull CostLine line) {
        return Response.status(201).entity(costs.recordByHand(caller.institution(), id, line, caller.username())).build();
    }

    @GET
    @Path("{id}/costs")
    @RolesAllowed({Roles.FINANCE, Roles.COORDINATOR, Roles.ADMIN})
    @Operation(summary = "An exchange's actual costs in booking order, filterable by type and period")
    public Page<CostEntryView> list(@PathParam("id") UUID id, @QueryParam("type") String type,
                                    @QueryParam("from") String from, @QueryParam("to") String to,
                                    @Valid @BeanParam PageRequest paging) {
        return costs.search(directory.require(caller.institution(), id), QueryValues.enumOf(CostType.class, type, "type"),
                QueryValues.date(from, "from"), QueryValues.date(to, "to"), paging.page, paging.size);
    }
}

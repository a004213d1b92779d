package se.klossnet.followup.outcome;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import se.klossnet.followup.pseudonym.Caller;
import se.klossnet.platform.scope.Roles;

@Path("/exchanges/{exchangeId}/outcomes")
@RolesAllowed({Roles.COORDINATOR, Roles.STAFF})
public class ExchangeOutcomeResource {

    private final OutcomeReporting reporting;
    private final Caller caller;

    public ExchangeOutcomeResource(OutcomeReporting reporting, Caller caller) {
        this.reporting = reporting;
        this.caller = caller;
    }

    @POST
    @Operation(summary = "Report an outcome of an exchange (its participant or a coordinator), also years later",
            description = "Publishes OutcomeReported: type, side, date and whether there is evidence; never the description.")
    public Response report(@PathParam("exchangeId") String exchangeId, @Valid @NotNull OutcomeDraft draft,
                           @Context UriInfo uri) {
        OutcomeView created = reporting.report(caller, exchangeId, draft);
        return Response.created(uri.getBaseUriBuilder().path("outcomes").path(created.id().toString()).build())
                .entity(created).build();
    }
}

package se.klossnet.call.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.klossnet.call.common.QueryParameters;
import se.klossnet.platform.api.Page;
import se.klossnet.platform.api.PageRequest;
import se.klossnet.platform.scope.CallerInstitution;
import se.klossnet.platform.scope.Roles;

@Path("/applications")
@Tag(name = "Applications", description = "Drafting, submitting and withdrawing applications; the eligibility check")
public class ApplicationResource {

    private final ApplicationDesk desk;
    private final ApplicationQueries queries;
    private final CallerInstitution caller;

    public ApplicationResource(ApplicationDesk desk, ApplicationQueries queries, CallerInstitution caller) {
        this.desk = desk;
        this.queries = queries;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.STAFF, Roles.MANAGER, Roles.COORDINATOR})
    @Operation(summary = "List applications", description = "Staff see their own; managers and coordinators also see "
            + "the institution's submitted applications. Newest first unless sorted otherwise.")
    public Page<ApplicationView> list(
            @QueryParam("callId") String callId,
            @Parameter(description = "DRAFT, SUBMITTED, ENDORSED, ENDORSEMENT_DECLINED, WITHDRAWN, GRANTED or REJECTED")
            @QueryParam("status") String status,
            @Parameter(description = "submitted on or after this date or timestamp", example = "2027-02-01")
            @QueryParam("from") String from,
            @Parameter(description = "submitted before this timestamp, or on or before this date", example = "2027-03-15")
            @QueryParam("to") String to,
            @Parameter(description = "text in the host's name or the purpose, case-insensitive", example = "Saab")
            @QueryParam("q") String text,
            @Parameter(description = "createdAt, submittedAt, requestedSek or status; prefix - for descending", example = "-submittedAt")
            @QueryParam("sort") String sort,
            @Valid @BeanParam PageRequest paging) {
        ApplicationFilter filter = new ApplicationFilter(QueryParameters.uuid("callId", callId),
                QueryParameters.oneOf("status", status, ApplicationStatus.class), QueryParameters.from("from", from),
                QueryParameters.to("to", to), QueryParameters.containing(text));
        return queries.search(caller.id(), filter, sort, paging.page, paging.size);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.STAFF, Roles.MANAGER, Roles.COORDINATOR})
    @Operation(summary = "One application")
    @APIResponse(responseCode = "404", description = "No such application that the caller may see")
    public ApplicationView get(@PathParam("id") UUID id) {
        return queries.get(caller.id(), id);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Roles.STAFF)
    @Operation(summary = "Revise a draft", description = "Send the whole application with the version you read.")
    @APIResponse(responseCode = "409", description = "The version is stale, or the application is no longer a draft")
    public ApplicationView revise(@PathParam("id") UUID id, @Valid @NotNull ApplicationTerms terms) {
        return desk.revise(caller.id(), id, terms);
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Roles.STAFF)
    @Operation(summary = "Discard a draft")
    @APIResponse(responseCode = "204", description = "Discarded")
    public void discard(@PathParam("id") UUID id) {
        desk.discard(caller.id(), id);
    }

    @GET
    @Path("{id}/eligibility")
    @RolesAllowed(Roles.STAFF)
    @Operation(summary = "Dry-run the eligibility check of a saved application",
            description = "Returns every broken rule with a stable code, a field and a message.")
    public EligibilityReport eligibility(@PathParam("id") UUID id) {
        return desk.eligibility(caller.id(), id);
    }

    @POST
    @Path("{id}/submit")
    @RolesAllowed(Roles.STAFF)
    @Operation(summary = "Submit (DRAFT → SUBMITTED)", description = "Runs the eligibility check; emits ApplicationSubmitted.")
    @APIResponse(responseCode = "422", description = "Not eligible: errors name each broken rule as 'CODE: message'")
    public ApplicationView submit(@PathParam("id") UUID id) {
        return desk.submit(caller.id(), id);
    }

    @POST
    @Path("{id}/withdraw")
    @RolesAllowed(Roles.STAFF)
    @Operation(summary = "Withdraw until the decision", description = "Emits ApplicationWithdrawn.")
    public ApplicationView withdraw(@PathParam("id") UUID id) {
        return desk.withdraw(caller.id(), id);
    }
}

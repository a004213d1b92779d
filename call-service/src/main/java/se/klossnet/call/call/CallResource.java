package se.klossnet.call.call;

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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.klossnet.call.common.QueryParameters;
import se.klossnet.call.person.CallerPerson;
import se.klossnet.platform.api.Page;
import se.klossnet.platform.api.PageRequest;
import se.klossnet.platform.scope.CallerInstitution;
import se.klossnet.platform.scope.Roles;

@Path("/calls")
@Tag(name = "Calls", description = "Calls for applications: drafting, publishing, closing, deciding and archiving")
public class CallResource {

    static final String EXAMPLE = """
            {"programmeId": "0b4a6f0e-8f1d-4c55-9d0e-6a1c1f5e2b7a",
             "title": {"sv": "PAUS 2027: lärare ut i samhället", "en": "PAUS 2027: teachers out in society"},
             "description": {"sv": "Sex månader på 20 procent hos en extern organisation.",
                             "en": "Six months at 20 percent with an external organisation."},
             "opensAt": "2027-01-15T08:00:00Z", "closesAt": "2027-03-15T23:00:00Z",
             "budgetSek": 1200000, "maxGrantSek": 150000,
             "minExtentPercent": 10, "maxExtentPercent": 50, "minMonths": 3, "maxMonths": 12,
             "eligibleStaffCategories": ["TEACHER", "RESEARCHER"],
             "reviewersPerApplication": 2, "endorsementRequired": true}
            """;

    private final CallDrafting drafting;
    private final CallLifecycle lifecycle;
    private final CallQueries queries;
    private final CallerInstitution caller;
    private final CallerPerson person;

    public CallResource(CallDrafting drafting, CallLifecycle lifecycle, CallQueries queries, CallerInstitution caller,
                        CallerPerson person) {
        this.drafting = drafting;
        this.lifecycle = lifecycle;
        this.queries = queries;
        this.caller = caller;
        this.person = person;
    }

    @POST
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Draft a call", description = "Creates a DRAFT call under one of the institution's programmes. "
            + "Omitted criteria take the four defaults (strategic relevance 30, mutual value 30, endorsement 20, "
            + "dissemination plan 20); omitted staff categories mean everyone; 2 reviewers and endorsement by default.")
    @APIResponse(responseCode = "201", description = "Drafted; Location names the call")
    @APIResponse(responseCode = "400", description = "A field is missing or invalid, or the dates are in the wrong order")
    public Response draft(
            @RequestBody(content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "PAUS call", value = EXAMPLE)))
            @Valid @NotNull CallTerms terms, @Context UriInfo uri) {
        CallView created = drafting.draft(caller.id(), terms);
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build()).entity(created).build();
    }

    @GET
    @RolesAllowed({Roles.COORDINATOR, Roles.REVIEWER, Roles.MANAGER, Roles.STAFF, Roles.FINANCE, Roles.HR, Roles.ADMIN})
    @Operation(summary = "List the institution's calls", description = "Newest first unless sorted otherwise. "
            + "Drafts are listed for coordinators only.")
    public Page<CallView> list(
            @Parameter(description = "DRAFT, OPEN, CLOSED, DECIDED or ARCHIVED") @QueryParam("status") String status,
            @QueryParam("programmeId") String programmeId,
            @Parameter(description = "calls whose application window ends after this date or timestamp", example = "2027-01-01")
            @QueryParam("from") String from,
            @Parameter(description = "calls whose application window starts before this date (inclusive) or timestamp", example = "2027-12-31")
            @QueryParam("to") String to,
            @Parameter(description = "text in either title or description, case-insensitive", example = "PAUS")
            @QueryParam("q") String text,
            @Parameter(description = "createdAt, opensAt, closesAt, budgetSek, title or status; prefix - for descending", example = "-closesAt")
            @QueryParam("sort") String sort,
            @Valid @BeanParam PageRequest paging) {
        CallFilter filter = new CallFilter(QueryParameters.oneOf("status", status, CallStatus.class),
                QueryParameters.uuid("programmeId", programmeId), QueryParameters.from("from", from),
                QueryParameters.to("to", to), QueryParameters.containing(text));
        return queries.search(caller.id(), person.hasRole(Roles.COORDINATOR), filter, sort, paging.page, paging.size);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.COORDINATOR, Roles.REVIEWER, Roles.MANAGER, Roles.STAFF, Roles.FINANCE, Roles.HR, Roles.ADMIN})
    @Operation(summary = "One call")
    @APIResponse(responseCode = "404", description = "No such call at the caller's institution (or a draft, to non-coordinators)")
    public CallView get(@PathParam("id") UUID id) {
        return queries.get(caller.id(), id, person.hasRole(Roles.COORDINATOR));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Revise a draft", description = "Send the whole call with the version you read. Only drafts can be revised.")
    @APIResponse(responseCode = "409", description = "The version is stale, or the call is no longer a draft")
    public CallView revise(@PathParam("id") UUID id, @Valid @NotNull CallTerms terms) {
        return drafting.revise(caller.id(), id, terms);
    }

    @POST
    @Path("{id}/publish")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Publish (DRAFT → OPEN)", description = "Checks that the dates are in order and ahead, the budget "
            + "is above 0 and covers the maximum grant, and the criterion weights sum to 100. Emits CallPublished.")
    @APIResponse(responseCode = "422", description = "The draft breaks publication rules; errors name each field")
    @APIResponse(responseCode = "409", description = "The call is not a draft")
    public CallView publish(@PathParam("id") UUID id) {
        return lifecycle.publish(caller.id(), id);
    }

    @POST
    @Path("{id}/close")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Close before the deadline (OPEN → CLOSED)", description = "Calls also close by themselves at "
            + "their deadline. Emits CallClosed.")
    public CallView close(@PathParam("id") UUID id) {
        return lifecycle.close(caller.id(), id);
    }

    @POST
    @Path("{id}/decide")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Mark a closed call decided (CLOSED → DECIDED)", description = "A call becomes DECIDED by itself "
            + "with its last decision; this is for a call that got no applications. Refused while any application awaits a decision.")
    public CallView markDecided(@PathParam("id") UUID id) {
        return lifecycle.markDecided(caller.id(), id);
    }

    @POST
    @Path("{id}/archive")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Archive a decided call (DECIDED → ARCHIVED)")
    public CallView archive(@PathParam("id") UUID id) {
        return lifecycle.archive(caller.id(), id);
    }
}

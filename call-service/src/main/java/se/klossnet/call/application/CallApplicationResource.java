package se.klossnet.call.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.klossnet.platform.scope.CallerInstitution;
import se.klossnet.platform.scope.Roles;

/** Applying to a call: drafting an application, and trying one out against the call's rules without saving it. */
@Path("/calls/{callId}")
@Tag(name = "Applications")
public class CallApplicationResource {

    static final String EXAMPLE = """
            {"staffCategory": "TEACHER",
             "host": {"name": "Saab AB", "organisationNumber": "556036-0793", "sector": "BUSINESS", "country": "SE", "region": "01"},
             "plannedStart": "2027-09-01", "plannedEnd": "2028-02-29", "extentPercent": 20,
             "budget": {"salarySek": 80000, "travelSek": 12000, "otherSek": 4000},
             "purpose": "Develop a course module on systems engineering with industry cases.",
             "mutualValue": "Saab gets current research methods; KTH gets cases and thesis projects.",
             "studentInvolvement": "Two master's theses at Saab during the exchange.",
             "disseminationPlan": {
               "expectedResult": {"text": "A 7.5-credit course module.", "topics": ["course-module"]},
               "learningNeeds": {"text": "Students lack industrial systems practice.", "topics": ["systems-engineering"]},
               "users": {"text": "Master's students and Saab engineers.", "topics": ["master-students"]},
               "activities": {"text": "Seminar series at KTH and Saab.", "topics": ["seminar-series"]},
               "resources": {"text": "Six months at 20 percent; travel budget.", "topics": []},
               "sustainability": {"text": "The module enters the regular syllabus.", "topics": ["syllabus"]}}}
            """;

    private final ApplicationDesk desk;
    private final CallerInstitution caller;

    public CallApplicationResource(ApplicationDesk desk, CallerInstitution caller) {
        this.desk = desk;
        this.caller = caller;
    }

    @POST
    @Path("applications")
    @RolesAllowed(Roles.STAFF)
    @Operation(summary = "Draft an application to an open call", description = "Saves a DRAFT; submit it with "
            + "POST /applications/{id}/submit. ALLIANCE calls also need 'alliance' (partners and duration).")
    @APIResponse(responseCode = "201", description = "Drafted; Location names the application")
    @APIResponse(responseCode = "409", description = "The call does not take applications now")
    public Response draft(@PathParam("callId") UUID callId,
            @RequestBody(content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "Outbound to Saab", value = EXAMPLE)))
            @Valid @NotNull ApplicationTerms terms, @Context UriInfo uri) {
        ApplicationView created = desk.draft(caller.id(), callId, terms);
        return Response.created(uri.getBaseUriBuilder().path("applications").path(created.id().toString()).build())
                .entity(created).build();
    }

    @POST
    @Path("eligibility")
    @RolesAllowed(Roles.STAFF)
    @Operation(summary = "Dry-run the eligibility check", description = "Checks an application body against the call "
            + "without saving it, and returns every broken rule with a stable code.")
    public EligibilityReport dryRun(@PathParam("callId") UUID callId,
            @RequestBody(content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "Outbound to Saab", value = EXAMPLE)))
            @Valid @NotNull ApplicationTerms terms) {
        return desk.dryRun(caller.id(), callId, terms);
    }
}

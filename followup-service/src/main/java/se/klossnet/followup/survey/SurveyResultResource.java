package se.klossnet.followup.survey;

import se.klossnet.followup.QueryParams;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import se.klossnet.events.followup.RespondentRole;
import se.klossnet.platform.scope.CallerInstitution;
import se.klossnet.platform.scope.Roles;

@Path("/survey-results")
@RolesAllowed(Roles.COORDINATOR)
public class SurveyResultResource {

    private final SurveyResults results;
    private final CallerInstitution caller;

    public SurveyResultResource(SurveyResults results, CallerInstitution caller) {
        this.results = results;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "Aggregated results of a questionnaire",
            description = "Per question: count, mean and distribution of scores, NPS, choice counts. Filter by "
                    + "programme, call, respondent role and the period (from/to, days answered, inclusive).")
    public ResultsView aggregate(@QueryParam("templateKey") @NotBlank @Size(max = 60) String templateKey,
                                 @QueryParam("respondentRole") String respondentRoleParam,
                                 @QueryParam("programmeId") @Size(max = 100) String programmeId,
                                 @QueryParam("callId") @Size(max = 100) String callId,
                                 @QueryParam("from") String fromParam, @QueryParam("to") String toParam) {
        RespondentRole respondentRole = QueryParams.enumOf(RespondentRole.class, "respondentRole", respondentRoleParam);
        LocalDate from = QueryParams.date("from", fromParam);
        LocalDate to = QueryParams.date("to", toParam);
        QueryParams.requireOrdered(from, to);
        return results.aggregate(caller.id(), templateKey, respondentRole, programmeId, callId, from, to);
    }
}

package se.klossnet.followup.survey;

import se.klossnet.followup.QueryParams;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import se.klossnet.followup.pseudonym.Caller;
import se.klossnet.platform.api.Page;
import se.klossnet.platform.api.PageRequest;
import se.klossnet.platform.scope.Roles;

/** The participant's own surveys, answered with their account. */
@Path("/me/surveys")
@RolesAllowed({Roles.STAFF, Roles.COORDINATOR})
public class MySurveyResource {

    private final SurveyAnswering answering;
    private final Caller caller;

    public MySurveyResource(SurveyAnswering answering, Caller caller) {
        this.answering = answering;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "My surveys as a participant (sent ones; filter status=OPEN for those awaiting an answer)")
    public Page<DistributionView> mine(@QueryParam("status") String statusParam,
                                       @Valid @BeanParam PageRequest paging) {
        DistributionStatus status = QueryParams.enumOf(DistributionStatus.class, "status", statusParam);
        return answering.mine(caller, status, paging.page, paging.size);
    }

    @GET
    @Path("{id}/questionnaire")
    public QuestionnaireView questionnaire(@PathParam("id") UUID id) {
        return answering.questionnaireOfMine(caller, id);
    }

    @POST
    @Path("{id}/response")
    @Operation(summary = "Answer my survey", description = "400 names each question that is missing or out of range.")
    public Response answer(@PathParam("id") UUID id, @Valid @NotNull AnswerSheet sheet) {
        UUID responseId = answering.answerAsParticipant(caller, id, sheet);
        return Response.status(201).entity(Map.of("responseId", responseId)).build();
    }
}

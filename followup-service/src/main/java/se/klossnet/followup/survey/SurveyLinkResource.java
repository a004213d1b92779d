package se.klossnet.followup.survey;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Host contacts and managers answer here with no account: the link's token is the credential. A link works once,
 * until it expires.
 */
@Path("/survey-links/{token}")
@PermitAll
public class SurveyLinkResource {

    private final SurveyAnswering answering;

    public SurveyLinkResource(SurveyAnswering answering) {
        this.answering = answering;
    }

    @GET
    @Operation(summary = "The questionnaire behind a response link")
    @APIResponse(responseCode = "404", description = "not a valid link")
    @APIResponse(responseCode = "410", description = "the link was used, expired, or its survey withdrawn")
    public QuestionnaireView questionnaire(@PathParam("token") @Size(max = 100) String token) {
        return answering.questionnaireByLink(token);
    }

    @POST
    @Path("response")
    @Operation(summary = "Answer through a response link (single use)")
    @APIResponse(responseCode = "400", description = "a required question is missing or an answer is out of range")
    @APIResponse(responseCode = "410", description = "the link was used, expired, or its survey withdrawn")
    public Response answer(@PathParam("token") @Size(max = 100) String token, @Valid @NotNull AnswerSheet sheet) {
        UUID responseId = answering.answerByLink(token, sheet);
        return Response.status(201).entity(Map.of("responseId", responseId)).build();
    }
}

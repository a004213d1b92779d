package se.klossnet.followup.survey;

import se.klossnet.followup.QueryParams;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import se.klossnet.events.followup.RespondentRole;
import se.klossnet.followup.pseudonym.Caller;
import se.klossnet.platform.api.Page;
import se.klossnet.platform.api.PageRequest;
import se.klossnet.platform.scope.Roles;

@Path("/survey-distributions")
@RolesAllowed(Roles.COORDINATOR)
public class SurveyDistributionResource {

    private final SurveyDistributions distributions;
    private final Caller caller;

    public SurveyDistributionResource(SurveyDistributions distributions, Caller caller) {
        this.distributions = distributions;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "Surveys sent or scheduled",
            description = "Institution systems poll this (e.g. status=OPEN&respondentRole=HOST_CONTACT, or "
                    + "remindedSince=<last poll>) to deliver links and reminders through their own channels.")
    public Page<DistributionView> list(@QueryParam("exchangeId") @Size(max = 100) String exchangeId,
                                       @QueryParam("status") String statusParam,
                                       @QueryParam("respondentRole") String respondentRoleParam,
                                       @QueryParam("round") String roundParam,
                                       @QueryParam("remindedSince") String remindedSinceParam,
                                       @Valid @BeanParam PageRequest paging) {
        DistributionStatus status = QueryParams.enumOf(DistributionStatus.class, "status", statusParam);
        RespondentRole respondentRole = QueryParams.enumOf(RespondentRole.class, "respondentRole", respondentRoleParam);
        SurveyRound round = QueryParams.enumOf(SurveyRound.class, "round", roundParam);
        Instant remindedSince = QueryParams.instant("remindedSince", remindedSinceParam);
        return distributions.search(caller.institution(), new SurveyDistributionRepository.Filter(exchangeId, status,
                respondentRole, round, remindedSince), paging.page, paging.size);
    }

    @POST
    @Operation(summary = "Send a questionnaire now (on demand)")
    public Response send(@Valid @NotNull OnDemandSurvey request, @Context UriInfo uri) {
        DistributionView sent = distributions.sendOnDemand(caller, request);
        return Response.created(uri.getAbsolutePathBuilder().path(sent.id().toString()).build()).entity(sent).build();
    }

    @GET
    @Path("{id}")
    public DistributionView get(@PathParam("id") UUID id) {
        return distributions.get(caller.institution(), id);
    }

    @POST
    @Path("{id}/link")
    @Operation(summary = "Issue a single-use response link (host contact or manager)",
            description = "Returns the token once; only its SHA-256 is stored. Replaces any earlier link of the survey.")
    public LinkView issueLink(@PathParam("id") UUID id) {
        return distributions.issueLink(caller.institution(), id);
    }

    @GET
    @Path("{id}/response")
    @Operation(summary = "The response, with its free text")
    public ResponseView response(@PathParam("id") UUID id) {
        return distributions.response(caller.institution(), id);
    }
}

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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import se.klossnet.events.followup.RespondentRole;
import se.klossnet.platform.api.Page;
import se.klossnet.platform.api.PageRequest;
import se.klossnet.platform.scope.CallerInstitution;
import se.klossnet.platform.scope.Roles;

@Path("/survey-templates")
@RolesAllowed(Roles.COORDINATOR)
public class SurveyTemplateResource {

    private final TemplateCatalogue catalogue;
    private final CallerInstitution caller;

    public SurveyTemplateResource(TemplateCatalogue catalogue, CallerInstitution caller) {
        this.catalogue = catalogue;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "Questionnaires: the network's defaults and the institution's own versions")
    public Page<TemplateView> list(@QueryParam("key") @Size(max = 60) String key,
                                   @QueryParam("respondentRole") String respondentRoleParam,
                                   @Valid @BeanParam PageRequest paging) {
        RespondentRole respondentRole = QueryParams.enumOf(RespondentRole.class, "respondentRole", respondentRoleParam);
        return catalogue.search(caller.id(), key, respondentRole, paging.page, paging.size);
    }

    @GET
    @Path("{id}")
    public TemplateView get(@PathParam("id") UUID id) {
        return catalogue.get(caller.id(), id);
    }

    @POST
    @Operation(summary = "Publish a new version of a questionnaire",
            description = "Versions are immutable; the new one is used by surveys that open from now on.")
    public Response publish(@Valid @NotNull TemplateDraft draft, @Context UriInfo uri) {
        TemplateView created = catalogue.publish(caller.id(), draft);
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build()).entity(created).build();
    }
}

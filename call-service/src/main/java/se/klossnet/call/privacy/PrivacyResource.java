package se.klossnet.call.privacy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.klossnet.call.person.CallerPerson;
import se.klossnet.platform.privacy.BearerToken;
import se.klossnet.platform.problem.ResourceNotFound;
import se.klossnet.platform.scope.CallerInstitution;
import se.klossnet.platform.scope.Roles;

/** Access exports (GDPR art. 15) and erasures (art. 17) for the whole node; this service coordinates them. */
@Path("/privacy")
@Tag(name = "Privacy", description = "Access exports and erasures across the node")
public class PrivacyResource {

    /** @param personPseudonym whose data; a person asking for their own export may leave it out */
    public record PrivacyRequestBody(String personPseudonym) {
    }

    private final PrivacyCoordinator coordinator;
    private final CallerPerson person;
    private final CallerInstitution institution;
    private final SecurityIdentity identity;

    public PrivacyResource(PrivacyCoordinator coordinator, CallerPerson person, CallerInstitution institution,
                           SecurityIdentity identity) {
        this.coordinator = coordinator;
        this.person = person;
        this.institution = institution;
        this.identity = identity;
    }

    @POST
    @Path("/exports")
    @Authenticated
    @Operation(summary = "Request an access export",
            description = "A privacy officer for anyone of their institution, anyone else for themself. Publishes "
                    + "PersonExportRequested; every service confirms with PersonExportPartReady. 202 with Location.")
    public Response requestExport(PrivacyRequestBody body, @Context UriInfo uri) {
        String institutionId = institution.id();
        String me = person.pseudonym();
        String subject = body == null || body.personPseudonym() == null ? me : body.personPseudonym();
        if (!subject.equals(me) && !person.hasRole(Roles.PRIVACY)) {
            // Someone else's pseudonym is, for anyone but a privacy officer, a person they cannot see.
            throw new ResourceNotFound("person", subject);
        }
        PrivacyView view = coordinator.requestExport(institutionId, subject, me);
        return Response.accepted(view).location(uri.getAbsolutePathBuilder().path(view.id().toString()).build()).build();
    }

    @GET
    @Path("/exports/{id}")
    @Authenticated
    @Operation(summary = "An export's progress", description = "Which services have their part ready.")
    public PrivacyView export(@PathParam("id") UUID id) {
        return coordinator.view(readable(id, PrivacyRequest.Kind.EXPORT));
    }

    @GET
    @Path("/exports/{id}/document")
    @Authenticated
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The export as one JSON document",
            description = "Assembled now from every service's part, read inside the node with the caller's token. "
                    + "409 until every service has confirmed.")
    public ObjectNode document(@PathParam("id") UUID id) {
        return coordinator.document(readable(id, PrivacyRequest.Kind.EXPORT), BearerToken.of(identity));
    }

    @GET
    @Path("/exports/{id}/document.html")
    @Authenticated
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "The export as a readable HTML page", description = "The same content as the JSON document.")
    public String documentHtml(@PathParam("id") UUID id) {
        return ExportPage.render(coordinator.document(readable(id, PrivacyRequest.Kind.EXPORT),
                BearerToken.of(identity)));
    }

    @POST
    @Path("/erasures")
    @RolesAllowed(Roles.PRIVACY)
    @Operation(summary = "Request an erasure",
            description = "409 problem+json naming the rule when a retention rule requires a service to keep the "
                    + "person's records. Otherwise publishes PersonErasureRequested; every service anonymises the "
                    + "person's personal fields, keeps the pseudonymous records, and confirms. 202 with Location.")
    public Response requestErasure(PrivacyRequestBody body, @Context UriInfo uri) {
        String institutionId = institution.id();
        String subject = body == null ? null : body.personPseudonym();
        if (subject != null && subject.startsWith("psn-")) {
            coordinator.refuseIfHeld(subject, BearerToken.of(identity));
        }
        PrivacyView view = coordinator.requestErasure(institutionId, subject, person.pseudonym());
        return Response.accepted(view).location(uri.getAbsolutePathBuilder().path(view.id().toString()).build()).build();
    }

    @GET
    @Path("/erasures/{id}")
    @RolesAllowed(Roles.PRIVACY)
    @Operation(summary = "An erasure's record", description = "Who asked, when, and which services confirmed.")
    public PrivacyView erasure(@PathParam("id") UUID id) {
        return coordinator.view(readable(id, PrivacyRequest.Kind.ERASURE));
    }

    private PrivacyRequest readable(UUID id, PrivacyRequest.Kind kind) {
        String institutionId = institution.id();
        boolean officer = person.hasRole(Roles.PRIVACY);
        String me = officer ? null : person.existingPseudonym().orElse("");
        return coordinator.readable(id, kind, institutionId, me, officer);
    }
}

package se.klossnet.exchange.agreement;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import se.klossnet.exchange.access.Caller;
import se.klossnet.exchange.exchange.ExchangeDirectory;
import se.klossnet.platform.scope.Roles;

@Path("/exchanges")
public class AgreementResource {

    private final AgreementDrafting drafting;
    private final AgreementSigning signing;
    private final SigningLinks links;
    private final ExchangeDirectory directory;
    private final Caller caller;

    public AgreementResource(AgreementDrafting drafting, AgreementSigning signing, SigningLinks links,
                             ExchangeDirectory directory, Caller caller) {
        this.drafting = drafting;
        this.signing = signing;
        this.links = links;
        this.directory = directory;
        this.caller = caller;
    }

    @GET
    @Path("{id}/agreement")
    @RolesAllowed({Roles.COORDINATOR, Roles.HR, Roles.ADMIN, Roles.MANAGER, Roles.STAFF})
    @Operation(summary = "The latest agreement version: text, SHA-256, signatures, and earlier versions")
    public AgreementView agreement(@PathParam("id") UUID id) {
        return drafting.current(directory.readable(caller, id));
    }

    @PUT
    @Path("{id}/agreement")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Set the agreement's terms: a new version, rendered from the current template; "
            + "signatures of a version still waiting become void")
    @APIResponse(responseCode = "409", description = "a stale exchange version, or the exchange is closed")
    public AgreementView draft(@PathParam("id") UUID id, @Valid @NotNull AgreementRequests.Terms terms) {
        return drafting.draft(caller.institution(), id, terms);
    }

    @POST
    @Path("{id}/extension")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Amend the end date; the extension takes effect when all three parties have signed it")
    public AgreementView extend(@PathParam("id") UUID id, @Valid @NotNull AgreementRequests.Extension extension) {
        return drafting.extend(caller.institution(), id, extension);
    }

    @POST
    @Path("{id}/agreement/signatures")
    @RolesAllowed({Roles.STAFF, Roles.COORDINATOR})
    @Operation(summary = "Sign the waiting version: the participant with their staff account, the home "
            + "institution with a coordinator's")
    @APIResponse(responseCode = "409", description = "not the waiting version, a wrong hash, or already signed")
    public AgreementView sign(@PathParam("id") UUID id, @Valid @NotNull AgreementRequests.AccountSignature signature) {
        return signing.signWithAccount(caller, id, signature);
    }

    @POST
    @Path("{id}/agreement/links")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Issue a single-use, expiring signing link for the host contact or an account-less "
            + "participant; the token is shown only in this answer")
    @APIResponse(responseCode = "201", description = "the link; send it to the party")
    public Response issueLink(@PathParam("id") UUID id, @Valid @NotNull AgreementRequests.LinkRequest request) {
        return Response.status(201).entity(links.issue(caller.institution(), id, request.party())).build();
    }
}

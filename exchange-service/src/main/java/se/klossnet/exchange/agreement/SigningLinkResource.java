package se.klossnet.exchange.agreement;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Where a party without an account reads and signs. The token in the path is the only credential. */
@Path("/signing/{token}")
@PermitAll
public class SigningLinkResource {

    private final AgreementSigning signing;

    public SigningLinkResource(AgreementSigning signing) {
        this.signing = signing;
    }

    @GET
    @Operation(summary = "Read the agreement behind a signing link (does not use the link up)")
    @APIResponse(responseCode = "404", description = "no such link")
    @APIResponse(responseCode = "410", description = "the link was used, replaced or has expired")
    public AgreementSigning.LinkDocument show(@PathParam("token") String token) {
        return signing.show(token);
    }

    @POST
    @Operation(summary = "Sign through the link, with the SHA-256 of the text read; the link is then used up")
    @APIResponse(responseCode = "409", description = "the text changed since it was read")
    @APIResponse(responseCode = "410", description = "the link was used, replaced or has expired")
    public AgreementSigning.LinkDocument sign(@PathParam("token") String token,
                                              @Valid @NotNull AgreementRequests.LinkSignature signature) {
        return signing.signWithLink(token, signature);
    }
}

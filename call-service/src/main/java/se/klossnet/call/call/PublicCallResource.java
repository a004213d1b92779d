package se.klossnet.call.call;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.klossnet.platform.api.Page;
import se.klossnet.platform.api.PageRequest;
import se.klossnet.platform.problem.ValidationFailed;

/** Open calls without a token, so that an institution can show them on its website. Nothing else is public. */
@Path("/public/calls")
@PermitAll
@Tag(name = "Public", description = "Open calls, without a token")
public class PublicCallResource {

    private final CallQueries queries;

    public PublicCallResource(CallQueries queries) {
        this.queries = queries;
    }

    @GET
    @Operation(summary = "An institution's open calls", description = "Published calls whose deadline has not passed, "
            + "soonest deadline first. No token needed.")
    @APIResponse(responseCode = "404", description = "This node does not serve the institution")
    public Page<PublicCallView> open(
            @Parameter(description = "the institution's short id", example = "kth", required = true)
            @QueryParam("institution") String institution,
            @Valid @BeanParam PageRequest paging) {
        if (institution == null || institution.isBlank()) {
            throw new ValidationFailed("institution", "is required, e.g. ?institution=kth");
        }
        return queries.openCalls(institution, paging.page, paging.size);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One open call")
    @APIResponse(responseCode = "404", description = "No such call, or it is not open")
    public PublicCallView one(@PathParam("id") UUID id) {
        return queries.openCall(id);
    }
}

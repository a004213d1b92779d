package se.klossnet.call.review;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.klossnet.platform.api.PageRequest;
import se.klossnet.platform.scope.CallerInstitution;
import se.klossnet.platform.scope.Roles;

@Path("/calls/{id}/ranking")
@Tag(name = "Review")
public class RankingResource {

    private final CallRanking ranking;
    private final CallerInstitution caller;

    public RankingResource(CallRanking ranking, CallerInstitution caller) {
        this.ranking = ranking;
        this.caller = caller;
    }

    @GET
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "The call's ranked applications", description = "Submitted applications (not withdrawn) by the "
            + "mean weighted total of their scored reviews, highest first, with the budget granted and left.")
    public RankingView rank(@PathParam("id") UUID id, @Valid @BeanParam PageRequest paging) {
        return ranking.rank(caller.id(), id, paging.page, paging.size);
    }
}

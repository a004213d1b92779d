package se.klossnet.exchange.hr;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import se.klossnet.exchange.access.Caller;
import se.klossnet.exchange.access.QueryValues;
import se.klossnet.platform.api.Page;
import se.klossnet.platform.api.PageRequest;
import se.klossnet.platform.scope.Roles;

@Path("/hr/notices")
public class HrResource {

    private final HrNotices notices;
    private final Caller caller;

    public HrResource(HrNotices notices, Caller caller) {
        this.notices = notices;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.HR, Roles.ADMIN})
    @Operation(summary = "The institution's HR notices, oldest first, filterable by status (e.g. DEAD), kind and exchange")
    public Page<HrNoticeView> list(@QueryParam("status") String status, @QueryParam("kind") String kind,
                                   @QueryParam("exchangeId") String exchangeId, @Valid @BeanParam PageRequest paging) {
        return notices.search(caller.institution(), QueryValues.enumOf(HrNotice.Status.class, status, "status"),
                kind, QueryValues.uuid(exchangeId, "exchangeId"), paging.page, paging.size);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.HR, Roles.ADMIN})
    public HrNoticeView get(@PathParam("id") UUID id) {
        return notices.get(caller.institution(), id);
    }

    @POST
    @Path("{id}/retry")
    @RolesAllowed({Roles.HR, Roles.ADMIN})
    @Operation(summary = "Send a DEAD (or waiting) notice again now, with a fresh count of attempts")
    public HrNoticeView retry(@PathParam("id") UUID id) {
        return notices.retry(caller.institution(), id);
    }

    @POST
    @Path("{id}/confirmation")
    @RolesAllowed(Roles.HR)
    @Operation(summary = "HR confirms it has applied the notice (the callback); a waiting notice is then not sent")
    public HrNoticeView confirm(@PathParam("id") UUID id) {
        return notices.confirm(caller.institution(), id, caller.username());
    }
}

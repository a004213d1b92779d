package se.klossnet.gateway.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import se.klossnet.platform.api.Page;
import se.klossnet.platform.api.PageRequest;
import se.klossnet.platform.problem.AccessDenied;
import se.klossnet.platform.problem.ValidationFailed;
import se.klossnet.platform.scope.CallerInstitution;
import se.klossnet.platform.scope.Roles;

/** The audit log, read by an institution's admins: their own institution's entries only. */
@Path("/admin/audit")
public class AuditResource {

    private final AuditRepository entries;
    private final CallerInstitution caller;

    public AuditResource(AuditRepository entries, CallerInstitution caller) {
        this.entries = entries;
        this.caller = caller;
    }

    @GET
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Read the audit log", description = "Newest first. An admin reads their own institution's "
            + "entries, or with anonymous=true those of requests without a valid token.")
    public Page<AuditView> search(
            @Parameter(description = "defaults to the caller's institution; another institution is refused")
            @QueryParam("institution") String institution,
            @Parameter(description = "entries of unauthenticated requests (no institution) instead")
            @QueryParam("anonymous") boolean anonymous,
            @Parameter(description = "from this instant, inclusive (ISO-8601)") @QueryParam("from") String from,
            @Parameter(description = "before this instant (ISO-8601)") @QueryParam("to") String to,
            @Parameter(description = "pseudonymous subject (the token's sub)") @QueryParam("subject") String subject,
            @QueryParam("requestId") String requestId,
            @QueryParam("route") String route,
            @QueryParam("status") Integer status,
            @Valid @BeanParam PageRequest paging) {
        String own = caller.id();
        if (institution != null && !institution.equals(own)) {
            throw new AccessDenied("admins read the audit log of their own institution only");
        }
        var query = entries.search(new AuditRepository.AuditQuery(anonymous ? null : own, instant("from", from),
                instant("to", to), subject, requestId,
                route, status)).page(paging.page, paging.size);
        return new Page<>(query.list().stream().map(AuditEntry::view).toList(), paging.page, paging.size, query.count());
    }

    private static Instant instant(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new ValidationFailed(field, "is not an ISO-8601 instant such as 2027-01-31T12:00:00Z");
        }
    }
}

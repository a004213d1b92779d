package se.klossnet.followup.logbook;

import se.klossnet.followup.QueryParams;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import se.klossnet.followup.pseudonym.Caller;
import se.klossnet.platform.api.Page;
import se.klossnet.platform.api.PageRequest;
import se.klossnet.platform.scope.Roles;

@Path("/exchanges/{exchangeId}/logbook")
@RolesAllowed({Roles.COORDINATOR, Roles.STAFF})
public class LogbookResource {

    private final LogbookWriting logbook;
    private final Caller caller;

    public LogbookResource(LogbookWriting logbook, Caller caller) {
        this.logbook = logbook;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "The logbook's outline: open or not, how many entries, first and last day")
    public LogbookView outline(@PathParam("exchangeId") String exchangeId) {
        return logbook.outline(caller, exchangeId);
    }

    @GET
    @Path("entries")
    @Operation(summary = "Entries, newest day first",
            description = "The participant sees everything; a coordinator sees the text and tags of shared entries only.")
    public Page<EntryView> entries(@PathParam("exchangeId") String exchangeId, @QueryParam("from") String fromParam,
                                   @QueryParam("to") String toParam, @QueryParam("tag") @Size(max = 40) String tag,
                                   @QueryParam("shared") String sharedParam, @Valid @BeanParam PageRequest paging) {
        LocalDate from = QueryParams.date("from", fromParam);
        LocalDate to = QueryParams.date("to", toParam);
        QueryParams.requireOrdered(from, to);
        Boolean shared = QueryParams.bool("shared", sharedParam);
        return logbook.search(caller, exchangeId, from, to, tag, shared, paging.page, paging.size);
    }

    @POST
    @Path("entries")
    @RolesAllowed(Roles.STAFF) // the participant is a staff member; a coordinator never writes someone's logbook
    @Operation(summary = "Write an entry (the participant only)",
            description = "Publishes LogbookEntryAdded with the entry count and word count, never the text.")
    public Response write(@PathParam("exchangeId") String exchangeId, @Valid @NotNull EntryDraft draft,
                          @Context UriInfo uri) {
        EntryView entry = logbook.write(caller, exchangeId, draft);
        return Response.created(uri.getAbsolutePathBuilder().path(entry.id().toString()).build()).entity(entry).build();
    }

    @GET
    @Path("entries/{entryId}")
    public EntryView entry(@PathParam("exchangeId") String exchangeId, @PathParam("entryId") UUID entryId) {
        return logbook.get(caller, exchangeId, entryId);
    }

    @PUT
    @RolesAllowed(Roles.STAFF)
    @Path("entries/{entryId}")
    @Operation(summary = "Revise or share an entry (the participant only; send the version read)")
    public EntryView revise(@PathParam("exchangeId") String exchangeId, @PathParam("entryId") UUID entryId,
                            @Valid @NotNull EntryDraft draft) {
        return logbook.revise(caller, exchangeId, entryId, draft);
    }
}

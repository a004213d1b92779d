package se.klossnet.platform.testapp;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import se.klossnet.events.Direction;
import se.klossnet.events.FundingSource;
import se.klossnet.events.call.ProgrammeCreated;
import se.klossnet.platform.outbox.Outbox;
import se.klossnet.platform.problem.ValidationFailed;
import se.klossnet.platform.scope.CallerInstitution;

@Path("/notes")
@RolesAllowed("coordinator")
public class NoteResource {

    public record NoteRequest(@NotBlank String title, @NotNull @Positive BigDecimal amount, Long version) {
    }

    public record NoteView(UUID id, String title, BigDecimal amount, long version) {
        static NoteView of(Note n) {
            return new NoteView(n.id, n.title, n.amount, n.version);
        }
    }

    private final CallerInstitution caller;
    private final Outbox outbox;

    public NoteResource(CallerInstitution caller, Outbox outbox) {
        this.caller = caller;
        this.outbox = outbox;
    }

    @POST
    @Transactional
    public NoteView create(@Valid @NotNull NoteRequest request) {
        Note note = new Note();
        note.id = UUID.randomUUID();
        note.institution = caller.id();
        note.title = request.title();
        note.amount = request.amount();
        note.persist();
        outbox.record(note.institution, new ProgrammeCreated(note.id.toString(), note.title, Direction.OUTBOUND,
                FundingSource.OWN_FUNDS, List.of(), note.amount));
        return NoteView.of(note);
    }

    @GET
    @Path("{id}")
    public NoteView get(@PathParam("id") UUID id) {
        return NoteView.of(caller.requireOwn(Note.<Note>findById(id), "note", id));
    }

    @PUT
    @Path("{id}")
    @Transactional
    public NoteView update(@PathParam("id") UUID id, @Valid @NotNull NoteRequest request) {
        Note note = caller.requireOwn(Note.<Note>findById(id), "note", id);
        if (request.version() == null) {
            throw new ValidationFailed("version", "is required for an update");
        }
        if (request.version() != note.version) {
            throw new jakarta.persistence.OptimisticLockException();
        }
        note.title = request.title();
        note.amount = request.amount();
        Note.getEntityManager().flush();
        return NoteView.of(note);
    }

    @GET
    public List<NoteView> list(@QueryParam("size") @Max(100) Integer size) {
        return Note.<Note>find("institution", caller.id()).page(0, size == null ? 20 : size).list().stream()
                .map(NoteView::of).toList();
    }

    @GET
    @Path("boom")
    @RolesAllowed("admin")
    public NoteView boom() {
        throw new IllegalStateException("secret internal detail");
    }
}

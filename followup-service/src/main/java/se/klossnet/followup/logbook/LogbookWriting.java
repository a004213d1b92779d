package se.klossnet.followup.logbook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.UUID;
import se.klossnet.events.followup.LogbookEntryAdded;
import se.klossnet.followup.NodeCalendar;
import se.klossnet.followup.exchange.ExchangeAccess;
import se.klossnet.followup.exchange.FollowedExchange;
import se.klossnet.followup.pseudonym.Caller;
import se.klossnet.platform.api.Page;
import se.klossnet.platform.outbox.Outbox;
import se.klossnet.platform.problem.AccessDenied;
import se.klossnet.platform.problem.ResourceNotFound;
import se.klossnet.platform.problem.ValidationFailed;

/** Writing, revising, sharing and reading logbook entries. Only the participant writes; text stays here. */
@ApplicationScoped
public class LogbookWriting {

    private final ExchangeAccess access;
    private final LogbookRepository logbooks;
    private final LogbookEntryRepository entries;
    private final Outbox outbox;
    private final NodeCalendar calendar;

    public LogbookWriting(ExchangeAccess access, LogbookRepository logbooks, LogbookEntryRepository entries,
                          Outbox outbox, NodeCalendar calendar) {
        this.access = access;
        this.logbooks = logbooks;
        this.entries = entries;
        this.outbox = outbox;
        this.calendar = calendar;
    }

    @Transactional
    public EntryView write(Caller caller, String exchangeId, EntryDraft draft) {
        ExchangeAccess.Granted granted = requireParticipant(caller, exchangeId);
        FollowedExchange exchange = granted.exchange();
        // the lock serialises concurrent entries, so each event's entryCount is exact
        Logbook logbook = logbooks.findById(exchangeId, LockModeType.PESSIMISTIC_WRITE);
        LogbookWritingPolicy.requireOpen(exchange, logbook);
        LogbookWritingPolicy.requireDayOfExchange(draft.writtenOn(), exchange, calendar.today());
        LogbookEntry entry = LogbookEntry.write(logbook, granted.callerPseudonym(), draft, calendar.now());
        entries.persist(entry);
        int count = logbook.countNewEntry();
        outbox.record(exchange.institution(), new LogbookEntryAdded(exchangeId, entry.id().toString(),
                entry.writtenOn(), count, entry.wordCount()));
        entries.flush();
        return EntryView.full(entry);
    }

    @Transactional
    public EntryView revise(Caller caller, String exchangeId, UUID entryId, EntryDraft draft) {
        ExchangeAccess.Granted granted = requireParticipant(caller, exchangeId);
        if (draft.version() == null) {
            throw new ValidationFailed("version", "is required when revising; send the version you read");
        }
        LogbookEntry entry = find(exchangeId, entryId);
        if (!entry.author().equals(granted.callerPseudonym())) {
            throw new ResourceNotFound("logbook entry", entryId);
        }
        if (entry.version() != draft.version()) {
            throw new OptimisticLockException("entry " + entryId + " is at version " + entry.version());
        }
        LogbookWritingPolicy.requireDayOfExchange(draft.writtenOn(), granted.exchange(), calendar.today());
        entry.revise(draft);
        entries.flush();
        return EntryView.full(entry);
    }

    @Transactional
    public LogbookView outline(Caller caller, String exchangeId) {
        FollowedExchange exchange = access.require(caller, exchangeId).exchange();
        Logbook logbook = logbooks.findById(exchangeId);
        if (logbook == null) {
            return new LogbookView(exchangeId, false, null, 0, 0, null, null);
        }
        Object[] outline = entries.outline(exchangeId);
        return new LogbookView(exchangeId, LogbookWritingPolicy.isOpen(exchange, logbook), logbook.openedAt(),
                ((Number) outline[0]).longValue(), ((Number) outline[1]).longValue(), (LocalDate) outline[2],
                (LocalDate) outline[3]);
    }

    @Transactional
    public Page<EntryView> search(Caller caller, String exchangeId, LocalDate from, LocalDate to, String tag,
                                  Boolean shared, int page, int size) {
        ExchangeAccess.Granted granted = access.require(caller, exchangeId);
        Boolean sharedFilter = shared;
        if (!granted.asParticipant() && tag != null) {
            sharedFilter = Boolean.TRUE; // a coordinator's tag search must not reveal the tags of private entries
            if (Boolean.FALSE.equals(shared)) {
                return new Page<>(java.util.List.of(), page, size, 0);
            }
        }
        var query = entries.search(exchangeId, from, to, tag, sharedFilter).page(page, size);
        return new Page<>(query.list().stream().map(e -> viewFor(granted, e)).toList(), page, size, query.count());
    }

    @Transactional
    public EntryView get(Caller caller, String exchangeId, UUID entryId) {
        ExchangeAccess.Granted granted = access.require(caller, exchangeId);
        return viewFor(granted, find(exchangeId, entryId));
    }

    private static EntryView viewFor(ExchangeAccess.Granted granted, LogbookEntry entry) {
        return granted.asParticipant() || entry.shared() ? EntryView.full(entry) : EntryView.existenceOnly(entry);
    }

    private ExchangeAccess.Granted requireParticipant(Caller caller, String exchangeId) {
        ExchangeAccess.Granted granted = access.require(caller, exchangeId);
        if (!granted.asParticipant()) {
            throw new AccessDenied("only the exchange's participant writes in its logbook");
        }
        return granted;
    }

    private LogbookEntry find(String exchangeId, UUID entryId) {
        LogbookEntry entry = entries.findById(entryId);
        if (entry == null || !entry.exchangeId().equals(exchangeId)) {
            throw new ResourceNotFound("logbook entry", entryId);
        }
        return entry;
    }
}

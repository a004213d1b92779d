package se.klossnet.exchange.cost;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import se.klossnet.exchange.exchange.Exchange;
import se.klossnet.exchange.exchange.ExchangeDirectory;
import se.klossnet.exchange.exchange.ExchangeJournal;
import se.klossnet.exchange.exchange.ExchangeStatus;
import se.klossnet.platform.api.Page;
import se.klossnet.platform.problem.StateConflict;
import se.klossnet.platform.problem.ValidationFailed;

/** Booking actual costs. Each booked cost emits CostRecorded; one that takes the exchange over budget warns. */
@ApplicationScoped
public class CostBook {

    /** A booked cost and the warnings it raised. */
    public record Recorded(CostEntryView cost, List<String> warnings) {
    }

    private final ExchangeDirectory directory;
    private final CostEntryRepository costs;
    private final Bookings bookings;
    private final ExchangeJournal journal;
    private final Clock clock;

    public CostBook(ExchangeDirectory directory, CostEntryRepository costs, Bookings bookings, ExchangeJournal journal,
                    Clock clock) {
        this.directory = directory;
        this.costs = costs;
        this.bookings = bookings;
        this.journal = journal;
        this.clock = clock;
    }

    @Transactional
    public Recorded recordByHand(String institution, UUID exchangeId, CostLine line, String recordedBy) {
        if (line.externalRef() != null && costs.byExternalRef(institution, line.externalRef().strip()).isPresent()) {
            throw new StateConflict("a cost with external reference " + line.externalRef() + " is already booked");
        }
        return record(directory.require(institution, exchangeId), line, CostEntry.Source.MANUAL, recordedBy);
    }

    /** Books {@code line} on {@code exchange} in the caller's transaction. */
    @Transactional(TxType.MANDATORY)
    public Recorded record(Exchange exchange, CostLine line, CostEntry.Source source, String recordedBy) {
        if (line.amountSek().signum() == 0) {
            throw new ValidationFailed("amountSek", "must not be zero");
        }
        if (!acceptsCosts(exchange)) {
            throw new StateConflict("exchange " + exchange.id() + " is " + exchange.status()
                    + "; costs are booked on planned exchanges only");
        }
        Bookings.Booking booking = bookings.resolve(exchange.institution(), exchange.programmeId(), line.type(),
                line.account(), line.costCentre(), line.projectCode());
        String externalRef = line.externalRef() == null || line.externalRef().isBlank() ? null : line.externalRef().strip();
        CostEntry entry = CostEntry.record(exchange.institution(), exchange.id(), line.type(),
                line.amountSek().setScale(2), line.bookedOn(), booking, externalRef, source, recordedBy, clock.instant());
        costs.persist(entry);
        journal.record(exchange, entry.event());
        costs.flush();
        BigDecimal actual = costs.actualByType(exchange.id()).values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        List<String> warnings = actual.compareTo(exchange.budgetSek()) > 0
                ? List.of("exchange " + exchange.id() + " is over budget: actual costs " + actual.toPlainString()
                + " SEK against a budget of " + exchange.budgetSek().toPlainString() + " SEK")
                : List.of();
        return new Recorded(CostEntryView.of(entry), warnings);
    }

    /** A registration that was never approved was never announced, so no CostRecorded may refer to it. */
    public static boolean acceptsCosts(Exchange exchange) {
        return exchange.status() != ExchangeStatus.REGISTERED && exchange.status() != ExchangeStatus.DECLINED;
    }

    public boolean alreadyBooked(String institution, String externalRef) {
        return costs.byExternalRef(institution, externalRef).isPresent();
    }

    public Optional<CostEntry> byExternalRef(String institution, String externalRef) {
        return costs.byExternalRef(institution, externalRef);
    }

    public Page<CostEntryView> search(Exchange exchange, CostType type, LocalDate from, LocalDate to, int page, int size) {
        var query = costs.search(exchange.id(), type, from, to).page(page, size);
        return new Page<>(query.list().stream().map(CostEntryView::of).toList(), page, size, query.count());
    }
}

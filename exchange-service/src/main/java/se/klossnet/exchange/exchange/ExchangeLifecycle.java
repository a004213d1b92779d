package se.klossnet.exchange.exchange;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.UUID;
import se.klossnet.events.exchange.CancellationReason;

/**
 * Starting, completing and cancelling exchanges: by a coordinator's hand (with the version they read) or by the
 * calendar on the start and end dates.
 */
@ApplicationScoped
public class ExchangeLifecycle {

    private final ExchangeDirectory directory;
    private final ExchangeRepository exchanges;
    private final ExchangeJournal journal;
    private final ExchangeClock exchangeClock;

    public ExchangeLifecycle(ExchangeDirectory directory, ExchangeRepository exchanges, ExchangeJournal journal,
                             ExchangeClock exchangeClock) {
        this.directory = directory;
        this.exchanges = exchanges;
        this.journal = journal;
        this.exchangeClock = exchangeClock;
    }

    @Transactional
    public Exchange start(String institution, UUID id, Long version) {
        Exchange exchange = directory.forUpdate(institution, id, version);
        journal.record(exchange, exchange.start(exchangeClock.today()));
        exchanges.flush();
        return exchange;
    }

    @Transactional
    public Exchange complete(String institution, UUID id, Long version) {
        Exchange exchange = directory.forUpdate(institution, id, version);
        journal.record(exchange, exchange.complete(exchangeClock.today()));
        exchanges.flush();
        return exchange;
    }

    @Transactional
    public Exchange cancel(String institution, UUID id, Long version, CancellationReason reason) {
        Exchange exchange = directory.forUpdate(institution, id, version);
        exchange.cancel(reason, exchangeClock.today()).ifPresent(event -> journal.record(exchange, event));
        exchanges.flush();
        return exchange;
    }

    /** The calendar's start: the exchange became due while nobody was looking, so no client version applies. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean startIfDue(UUID id, LocalDate today) {
        Exchange exchange = directory.lockedById(id);
        if (exchange == null || exchange.status() != ExchangeStatus.AGREEMENT_SIGNED
                || exchange.plannedStart().isAfter(today)) {
            return false;
        }
        journal.record(exchange, exchange.start(today));
        return true;
    }

    /** The calendar's completion, dated on the exchange's last day. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean completeIfDue(UUID id, LocalDate today) {
        Exchange exchange = directory.lockedById(id);
        if (exchange == null || exchange.status() != ExchangeStatus.ONGOING || !exchange.plannedEnd().isBefore(today)) {
            return false;
        }
        LocalDate lastDay = exchange.plannedEnd().isBefore(exchange.startedOn()) ? exchange.startedOn()
                : exchange.plannedEnd();
        journal.record(exchange, exchange.complete(lastDay));
        return true;
    }
}

package se.klossnet.exchange.exchange;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.List;
import se.klossnet.events.exchange.ExchangeEvent;
import se.klossnet.platform.outbox.Outbox;

/** Records an exchange's events in the outbox and tells the features that react to them, in one transaction. */
@ApplicationScoped
public class ExchangeJournal {

    private final Outbox outbox;
    private final Event<ExchangeEventRecorded> recorded;

    public ExchangeJournal(Outbox outbox, Event<ExchangeEventRecorded> recorded) {
        this.outbox = outbox;
        this.recorded = recorded;
    }

    @Transactional(TxType.MANDATORY)
    public void record(Exchange exchange, ExchangeEvent event) {
        outbox.record(exchange.institution(), event);
        recorded.fire(new ExchangeEventRecorded(exchange, event));
    }

    @Transactional(TxType.MANDATORY)
    public void record(Exchange exchange, List<? extends ExchangeEvent> events) {
        events.forEach(event -> record(exchange, event));
    }
}

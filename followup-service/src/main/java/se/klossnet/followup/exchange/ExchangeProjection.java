package se.klossnet.followup.exchange;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.time.LocalDate;
import se.klossnet.events.DomainEvent;
import se.klossnet.events.EventEnvelope;
import se.klossnet.events.exchange.AgreementSigned;
import se.klossnet.events.exchange.CostRecorded;
import se.klossnet.events.exchange.ExchangeCancelled;
import se.klossnet.events.exchange.ExchangeCompleted;
import se.klossnet.events.exchange.ExchangeEvent;
import se.klossnet.events.exchange.ExchangeExtended;
import se.klossnet.events.exchange.ExchangePlanned;
import se.klossnet.events.exchange.ExchangeStarted;
import se.klossnet.followup.NodeCalendar;
import se.klossnet.followup.exchange.ExchangeMilestone.Kind;
import se.klossnet.platform.scope.NodeConfig;

/**
 * Applies the exchange-service's events to the local projection and announces the milestones that follow-up
 * reacts to. Runs inside the subscription's transaction, together with the inbox row.
 */
@ApplicationScoped
public class ExchangeProjection {

    private final FollowedExchangeRepository exchanges;
    private final Event<ExchangeMilestone> milestones;
    private final NodeConfig node;
    private final NodeCalendar calendar;

    public ExchangeProjection(FollowedExchangeRepository exchanges, Event<ExchangeMilestone> milestones, NodeConfig node,
                              NodeCalendar calendar) {
        this.exchanges = exchanges;
        this.milestones = milestones;
        this.node = node;
        this.calendar = calendar;
    }

    @Transactional(TxType.MANDATORY)
    public void apply(EventEnvelope<DomainEvent> envelope) {
        if (!(envelope.data() instanceof ExchangeEvent event)) {
            throw new IllegalArgumentException("not an exchange event: " + envelope.type());
        }
        if (event instanceof CostRecorded) {
            return; // money is not followed up here
        }
        String institution = envelope.institution();
        if (!node.institutions().contains(institution)) {
            throw new IllegalArgumentException("institution " + institution + " is not served by this node");
        }
        FollowedExchange exchange = exchangeFor(event.exchangeId(), institution);
        Instant now = calendar.now();
        switch (event) {
            case ExchangePlanned planned -> exchange.planned(planned, now);
            case AgreementSigned signed -> exchange.agreementSigned(signed.agreementVersion(), now);
            case ExchangeStarted started -> {
                exchange.started(started.startedOn(), now);
                announce(exchange, Kind.STARTED, started.startedOn());
            }
            case ExchangeExtended extended -> exchange.extended(extended.newEnd(), envelope.time(), now);
            case ExchangeCompleted completed -> {
                exchange.completed(completed.completedOn(), now);
                announce(exchange, Kind.COMPLETED, completed.completedOn());
            }
            case ExchangeCancelled cancelled -> {
                exchange.cancelled(cancelled.cancelledOn(), cancelled.reason(), now);
                announce(exchange, Kind.CANCELLED, cancelled.cancelledOn());
            }
            case CostRecorded ignored -> {
                // handled above
            }
        }
    }

    private FollowedExchange exchangeFor(String exchangeId, String institution) {
        if (exchangeId == null || exchangeId.isBlank()) {
            throw new IllegalArgumentException("the event names no exchange");
        }
        FollowedExchange exchange = exchanges.findById(exchangeId);
        if (exchange == null) {
            exchange = FollowedExchange.firstHeardOf(exchangeId, institution, calendar.now());
            exchanges.persist(exchange);
            exchanges.flush(); // observers insert rows that refer to it
            return exchange;
        }
        if (!exchange.institution().equals(institution)) {
            // one institution's events must never touch another's exchange
            throw new IllegalArgumentException("exchange " + exchangeId + " belongs to another institution");
        }
        return exchange;
    }

    /** A cancelled exchange has nothing more to start or complete, whatever order its events came in. */
    private void announce(FollowedExchange exchange, Kind kind, LocalDate on) {
        if (kind != Kind.CANCELLED && exchange.isCancelled()) {
            return;
        }
        exchanges.flush();
        milestones.fire(new ExchangeMilestone(exchange.institution(), exchange.id(), kind, on));
    }
}

package se.klossnet.events.exchange;

import se.klossnet.events.DomainEvent;

/** Events on {@code kloss.<institution>.exchange.v1}. */
public sealed interface ExchangeEvent extends DomainEvent
        permits ExchangePlanned, AgreementSigned, ExchangeStarted, ExchangeExtended, ExchangeCompleted,
        ExchangeCancelled, CostRecorded {

    String exchangeId();

    @Override
    default String aggregateId() {
        return exchangeId();
    }
}

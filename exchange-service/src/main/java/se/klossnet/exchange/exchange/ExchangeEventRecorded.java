package se.klossnet.exchange.exchange;

import se.klossnet.events.exchange.ExchangeEvent;

/**
 * Fired (synchronously, inside the transaction) for every event an exchange records, so that other features
 * react in the same transaction: the HR queue adds its notice, the budget is opened when a plan is announced.
 */
public record ExchangeEventRecorded(Exchange exchange, ExchangeEvent event) {
}

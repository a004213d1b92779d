package se.klossnet.events.exchange;

import java.time.LocalDate;

public record ExchangeCancelled(String exchangeId, CancellationReason reason, LocalDate cancelledOn)
        implements ExchangeEvent {
}

package se.klossnet.events.exchange;

import java.math.BigDecimal;
import java.time.LocalDate;

/** @param personMonths extent × months actually spent, e.g. 0.2 × 6 = 1.2 */
public record ExchangeCompleted(String exchangeId, LocalDate completedOn, BigDecimal personMonths)
        implements ExchangeEvent {
}

package se.klossnet.events.exchange;

import java.math.BigDecimal;
import java.time.LocalDate;

/** An actual cost posted by the finance system. Salaries are aggregated into amounts; no salary figure travels. */
public record CostRecorded(String exchangeId, String costId, CostCategory category, BigDecimal amountSek,
                           LocalDate bookedOn) implements ExchangeEvent {
}

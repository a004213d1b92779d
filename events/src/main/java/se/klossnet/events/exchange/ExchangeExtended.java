package se.klossnet.events.exchange;

import java.time.LocalDate;

public record ExchangeExtended(String exchangeId, LocalDate previousEnd, LocalDate newEnd) implements ExchangeEvent {
}

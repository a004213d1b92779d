package se.klossnet.events.exchange;

import java.time.LocalDate;

public record ExchangeStarted(String exchangeId, LocalDate startedOn) implements ExchangeEvent {
}

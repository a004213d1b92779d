package se.klossnet.followup.logbook;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A logbook's outline, which a coordinator may always see.
 *
 * @param open whether the participant can add entries now (the exchange is ongoing or completed, not cancelled)
 */
public record LogbookView(String exchangeId, boolean open, Instant openedAt, long entryCount, long sharedCount,
                          LocalDate firstWrittenOn, LocalDate lastWrittenOn) {
}

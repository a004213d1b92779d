package se.klossnet.events.followup;

import java.time.LocalDate;

/** Counts only: the entry's text never leaves the service. */
public record LogbookEntryAdded(String exchangeId, String entryId, LocalDate writtenOn, int entryCount, int wordCount)
        implements FollowupEvent {
    @Override
    public String aggregateId() {
        return exchangeId;
    }
}

package se.klossnet.followup.logbook;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A logbook entry as the caller may see it. A coordinator sees only that an unshared entry exists and its date:
 * its text, tags and word count are left out.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EntryView(UUID id, String exchangeId, LocalDate writtenOn, boolean shared, boolean contentVisible,
                        String text, List<String> tags, Integer wordCount, Instant createdAt, Long version) {

    static EntryView full(LogbookEntry e) {
        return new EntryView(e.id(), e.exchangeId(), e.writtenOn(), e.shared(), true, e.text(), e.tags(),
                e.wordCount(), e.createdAt(), e.version());
    }

    static EntryView existenceOnly(LogbookEntry e) {
        return new EntryView(e.id(), e.exchangeId(), e.writtenOn(), false, false, null, null, null, null, null);
    }
}

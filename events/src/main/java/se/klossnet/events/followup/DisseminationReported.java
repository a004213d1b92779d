package se.klossnet.events.followup;

import java.time.LocalDate;
import java.util.Map;

/** @param activities activity type (e.g. SEMINAR, ARTICLE, COURSE) to the number of such activities done */
public record DisseminationReported(String exchangeId, LocalDate reportedOn, Map<String, Integer> activities)
        implements FollowupEvent {
    @Override
    public String aggregateId() {
        return exchangeId;
    }
}

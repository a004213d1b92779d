package se.klossnet.events.followup;

import java.time.LocalDate;

public record OutcomeReported(String outcomeId, String exchangeId, OutcomeType type, OutcomeSide side,
                              LocalDate occurredOn, boolean hasEvidence) implements FollowupEvent {
    @Override
    public String aggregateId() {
        return outcomeId;
    }
}

package se.klossnet.events.followup;

import java.util.Map;

/** @param scores question key to score (1–5); free-text answers stay in the service */
public record SurveyResponded(String exchangeId, String surveyId, String responseId, RespondentRole respondentRole,
                              Map<String, Integer> scores) implements FollowupEvent {
    @Override
    public String aggregateId() {
        return exchangeId;
    }
}

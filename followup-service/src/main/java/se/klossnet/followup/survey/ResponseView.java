package se.klossnet.followup.survey;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** A response with its free text, for the institution's coordinators only. */
public record ResponseView(UUID id, UUID distributionId, UUID templateId, Map<String, Object> answers,
                           Map<String, Integer> scores, Instant answeredAt) {

    static ResponseView of(SurveyResponse r) {
        return new ResponseView(r.id(), r.distributionId(), r.templateId(), r.answers(), r.scores(), r.answeredAt());
    }
}

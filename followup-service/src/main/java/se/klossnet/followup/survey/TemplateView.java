package se.klossnet.followup.survey;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import se.klossnet.events.followup.RespondentRole;

/** @param networkDefault true for the network's shipped templates, false for an institution's own versions */
public record TemplateView(UUID id, String key, int version, boolean networkDefault, RespondentRole respondentRole,
                           String titleSv, String titleEn, List<Question> questions, Instant createdAt) {

    static TemplateView of(SurveyTemplate t) {
        return new TemplateView(t.id(), t.templateKey(), t.version(), t.institution() == null, t.respondentRole(),
                t.titleSv(), t.titleEn(), t.questions(), t.createdAt());
    }
}

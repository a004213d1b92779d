package se.klossnet.followup.survey;

import java.time.Instant;
import java.util.List;
import se.klossnet.events.followup.RespondentRole;

/** What a respondent is asked: the questionnaire version the survey was sent with. */
public record QuestionnaireView(String templateKey, int templateVersion, RespondentRole respondentRole, String titleSv,
                                String titleEn, List<Question> questions, Instant linkExpiresAt) {

    static QuestionnaireView of(SurveyTemplate t, Instant linkExpiresAt) {
        return new QuestionnaireView(t.templateKey(), t.version(), t.respondentRole(), t.titleSv(), t.titleEn(),
                t.questions(), linkExpiresAt);
    }
}

package se.klossnet.followup.survey;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import se.klossnet.events.followup.RespondentRole;

/**
 * Aggregated answers to one questionnaire (all its versions), for the filters given.
 *
 * @param responses the number of responses counted
 */
public record ResultsView(String templateKey, RespondentRole respondentRole, String programmeId, String callId,
                          LocalDate from, LocalDate to, long responses, List<QuestionResult> questions) {

    /**
     * One question's results. Scores have a mean and a distribution over every value of the scale; NPS questions
     * also the Net Promoter Score (% 9–10 minus % 0–6); choice questions the count of each choice. Free text is
     * only counted.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record QuestionResult(String key, QuestionType type, String textSv, String textEn, long answered,
                                 BigDecimal mean, Map<String, Long> distribution, Integer netPromoterScore,
                                 Map<String, Long> choices) {
    }
}

package se.klossnet.followup.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.klossnet.events.followup.RespondentRole;

class SurveyResultsTest {

    private static final Instant AT = Instant.parse("2026-05-01T08:00:00Z");
    private static final SurveyTemplate TEMPLATE = SurveyTemplate.version(null, 1, new TemplateDraft("t",
            RespondentRole.PARTICIPANT, "T", "T", AnswerRulesTest.QUESTIONS), AT);

    private static SurveyResponse response(Map<String, Object> answers) {
        SurveyDistribution d = SurveyDistribution.sentNow("kth", "x", SurveyRound.ON_DEMAND, TEMPLATE, AT);
        return SurveyResponse.of(d, new AnswerRules.Checked(answers, Map.of()), AT);
    }

    @Test
    void scoresHaveMeanDistributionAndNetPromoterScore() {
        List<SurveyResponse> found = List.of(
                response(Map.of("value", 5, "nps", 10, "again", "yes", "forms", List.of("yes", "no"))),
                response(Map.of("value", 2, "nps", 7, "again", "no")),
                response(Map.of("value", 4, "nps", 3, "again", "yes", "forms", List.of("no"))),
                response(Map.of("value", 4)));
        ResultsView.QuestionResult value = SurveyResults.resultOf(AnswerRulesTest.QUESTIONS.get(0), found);
        assertThat(value.answered()).isEqualTo(4);
        assertThat(value.mean()).isEqualByComparingTo(new BigDecimal("3.75"));
        assertThat(value.distribution()).containsExactly(Map.entry("1", 0L), Map.entry("2", 1L), Map.entry("3", 0L),
                Map.entry("4", 2L), Map.entry("5", 1L));

        ResultsView.QuestionResult nps = SurveyResults.resultOf(AnswerRulesTest.QUESTIONS.get(1), found);
        assertThat(nps.answered()).isEqualTo(3);
        assertThat(nps.netPromoterScore()).isEqualTo(0); // one promoter, one passive, one detractor
        assertThat(nps.distribution()).hasSize(11);

        ResultsView.QuestionResult again = SurveyResults.resultOf(AnswerRulesTest.QUESTIONS.get(2), found);
        assertThat(again.choices()).containsExactly(Map.entry("yes", 2L), Map.entry("no", 1L));
        ResultsView.QuestionResult forms = SurveyResults.resultOf(AnswerRulesTest.QUESTIONS.get(3), found);
        assertThat(forms.choices()).containsExactly(Map.entry("yes", 1L), Map.entry("no", 2L));
        assertThat(forms.answered()).isEqualTo(2);
    }

    @Test
    void noAnswersGiveNoMean() {
        ResultsView.QuestionResult value = SurveyResults.resultOf(AnswerRulesTest.QUESTIONS.get(0), List.of());
        assertThat(value.answered()).isZero();
        assertThat(value.mean()).isNull();
    }
}

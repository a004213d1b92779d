package se.klossnet.followup.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.klossnet.platform.problem.Problem;
import se.klossnet.platform.problem.ValidationFailed;

class AnswerRulesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<Choice> YES_NO = List.of(new Choice("yes", "Ja", "Yes"), new Choice("no", "Nej", "No"));
    static final List<Question> QUESTIONS = List.of(
            new Question("value", QuestionType.LIKERT_5, true, "Värde", "Value", List.of()),
            new Question("nps", QuestionType.NPS_0_10, false, "NPS", "NPS", List.of()),
            new Question("again", QuestionType.SINGLE_CHOICE, true, "Igen?", "Again?", YES_NO),
            new Question("forms", QuestionType.MULTI_CHOICE, false, "Former", "Forms", YES_NO),
            new Question("words", QuestionType.FREE_TEXT, false, "Ord", "Words", List.of()));

    private static Map<String, JsonNode> answers(String json) throws Exception {
        return JSON.readValue(json, JSON.getTypeFactory().constructMapType(Map.class, String.class, JsonNode.class));
    }

    private static List<String> fieldsRefused(String json) throws Exception {
        Map<String, JsonNode> given = answers(json);
        try {
            AnswerRules.check(QUESTIONS, given);
        } catch (ValidationFailed e) {
            return e.toProblem("/").errors().stream().map(Problem.FieldError::field).toList();
        }
        return List.of();
    }

    @Test
    void aCompleteResponseGivesItsAnswersAndOnlyTheNumericScores() throws Exception {
        AnswerRules.Checked checked = AnswerRules.check(QUESTIONS,
                answers("{\"value\": 5, \"nps\": 0, \"again\": \"yes\", \"forms\": [\"no\", \"yes\"], \"words\": \" Fine \"}"));
        assertThat(checked.scores()).isEqualTo(Map.of("value", 5, "nps", 0));
        assertThat(checked.nationalScores(QUESTIONS)).as("only the 1-5 scale goes into SurveyResponded")
                .isEqualTo(Map.of("value", 5));
        assertThat(checked.answers()).containsEntry("words", "Fine").containsEntry("forms", List.of("no", "yes"));
    }

    @Test
    void optionalQuestionsMayBeLeftOutOrNull() throws Exception {
        AnswerRules.Checked checked = AnswerRules.check(QUESTIONS, answers("{\"value\": 1, \"again\": \"no\", \"nps\": null}"));
        assertThat(checked.scores()).isEqualTo(Map.of("value", 1));
        assertThat(checked.answers()).containsOnlyKeys("value", "again");
    }

    @Test
    void everyOffendingQuestionIsNamed() throws Exception {
        assertThat(fieldsRefused("{}")).containsExactly("answers.value", "answers.again");
        assertThat(fieldsRefused("{\"value\": 0, \"nps\": 11, \"again\": \"maybe\", \"forms\": \"yes\", \"words\": 3}"))
                .containsExactly("answers.value", "answers.nps", "answers.again", "answers.forms", "answers.words");
        assertThat(fieldsRefused("{\"value\": 4.5, \"again\": \"yes\"}")).containsExactly("answers.value");
        assertThat(fieldsRefused("{\"value\": \"4\", \"again\": \"yes\"}")).containsExactly("answers.value");
        assertThat(fieldsRefused("{\"value\": 4, \"again\": \"yes\", \"forms\": [\"yes\", \"yes\"]}"))
                .containsExactly("answers.forms");
        assertThat(fieldsRefused("{\"value\": 4, \"again\": \"yes\", \"extra\": 1}")).containsExactly("answers.extra");
        assertThat(fieldsRefused("{\"value\": 4, \"again\": \"yes\", \"words\": \"" + "x".repeat(5001) + "\"}"))
                .containsExactly("answers.words");
    }

    @Test
    void theBoundariesOfEachScaleAreInside() throws Exception {
        assertThat(fieldsRefused("{\"value\": 1, \"nps\": 10, \"again\": \"yes\"}")).isEmpty();
        assertThat(fieldsRefused("{\"value\": 5, \"nps\": 0, \"again\": \"yes\"}")).isEmpty();
        assertThatThrownBy(() -> AnswerRules.check(QUESTIONS, answers("{\"value\": 6, \"again\": \"yes\"}")))
                .isInstanceOf(ValidationFailed.class).hasMessageContaining("from 1 to 5");
    }
}

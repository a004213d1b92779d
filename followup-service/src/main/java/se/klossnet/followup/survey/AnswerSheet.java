package se.klossnet.followup.survey;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;

/**
 * A response: question key to answer. A score is an integer, a single choice the choice's key, a multiple choice
 * an array of keys, free text a string. Checked against the questionnaire the survey was sent with.
 */
public record AnswerSheet(@NotNull @Size(max = 100) Map<String, JsonNode> answers) {
}

package se.klossnet.followup.survey;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import se.klossnet.platform.problem.Problem;
import se.klossnet.platform.problem.ValidationFailed;

/**
 * A response matches its questionnaire: every required question is answered, every answer fits its question's
 * type and range, and nothing else is answered. Every offending question is named as {@code answers.<key>}.
 */
final class AnswerRules {

    static final int MAX_FREE_TEXT = 5_000;

    /** The accepted answers, and the numeric scores among them. */
    record Checked(Map<String, Object> answers, Map<String, Integer> scores) {

        /**
         * The scores that SurveyResponded carries: the 1-5 answers only, the scale of the national survey figures.
         * An NPS answer (0-10) is another measure, which the hub would refuse; it is summarised here.
         */
        Map<String, Integer> nationalScores(List<Question> questions) {
            Map<String, Integer> national = new TreeMap<>(scores);
            questions.stream().filter(q -> q.type() != QuestionType.LIKERT_5).forEach(q -> national.remove(q.key()));
            return national;
        }
    }

    private AnswerRules() {
    }

    static Checked check(List<Question> questions, Map<String, JsonNode> given) {
        List<Problem.FieldError> errors = new ArrayList<>();
        Map<String, Object> answers = new LinkedHashMap<>();
        Map<String, Integer> scores = new TreeMap<>();
        Set<String> known = new LinkedHashSet<>();
        for (Question q : questions) {
            known.add(q.key());
            JsonNode value = given.get(q.key());
            String field = "answers." + q.key();
            if (isUnanswered(value)) {
                if (q.required()) {
                    errors.add(new Problem.FieldError(field, "is required"));
                }
                continue;
            }
            String problem = switch (q.type()) {
                case LIKERT_5, NPS_0_10 -> {
                    if (!value.isIntegralNumber() || !value.canConvertToInt()
                            || value.intValue() < q.type().min() || value.intValue() > q.type().max()) {
                        yield "must be an integer from " + q.type().min() + " to " + q.type().max();
                    }
                    answers.put(q.key(), value.intValue());
                    scores.put(q.key(), value.intValue());
                    yield null;
                }
                case SINGLE_CHOICE -> {
                    if (!value.isTextual() || !choiceKeys(q).contains(value.textValue())) {
                        yield "must be one of " + choiceKeys(q);
                    }
                    answers.put(q.key(), value.textValue());
                    yield null;
                }
                case MULTI_CHOICE -> {
                    List<String> picked = new ArrayList<>();
                    if (!value.isArray()) {
                        yield "must be an array of choices from " + choiceKeys(q);
                    }
                    for (JsonNode item : value) {
                        if (!item.isTextual() || !choiceKeys(q).contains(item.textValue()) || picked.contains(item.textValue())) {
                            picked = null;
                            break;
                        }
                        picked.add(item.textValue());
                    }
                    if (picked == null) {
                        yield "must be distinct choices from " + choiceKeys(q);
                    }
                    if (picked.isEmpty() && q.required()) {
                        yield "is required";
                    }
                    answers.put(q.key(), picked);
                    yield null;
                }
                case FREE_TEXT -> {
                    if (!value.isTextual()) {
                        yield "must be text";
                    }
                    if (value.textValue().length() > MAX_FREE_TEXT) {
                        yield "must be at most " + MAX_FREE_TEXT + " characters";
                    }
                    if (value.textValue().isBlank()) {
                        yield q.required() ? "is required" : null;
                    }
                    answers.put(q.key(), value.textValue().strip());
                    yield null;
                }
            };
            if (problem != null) {
                errors.add(new Problem.FieldError(field, problem));
            }
        }
        given.keySet().stream().filter(key -> !known.contains(key)).sorted()
                .forEach(key -> errors.add(new Problem.FieldError("answers." + key, "is not a question of this survey")));
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        return new Checked(answers, scores);
    }

    private static boolean isUnanswered(JsonNode value) {
        return value == null || value.isNull() || value.isMissingNode();
    }

    private static List<String> choiceKeys(Question q) {
        return q.choicesOrEmpty().stream().map(Choice::key).toList();
    }
}

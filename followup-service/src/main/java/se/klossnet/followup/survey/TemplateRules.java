package se.klossnet.followup.survey;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import se.klossnet.platform.problem.Problem;
import se.klossnet.platform.problem.ValidationFailed;

/** The rules a questionnaire must follow beyond single fields: unique keys, and choices exactly where they belong. */
final class TemplateRules {

    private TemplateRules() {
    }

    static void check(TemplateDraft draft) {
        List<Problem.FieldError> errors = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < draft.questions().size(); i++) {
            Question q = draft.questions().get(i);
            String at = "questions[" + i + "]";
            if (!keys.add(q.key())) {
                errors.add(new Problem.FieldError(at + ".key", "repeats the key " + q.key()));
            }
            List<Choice> choices = q.choicesOrEmpty();
            if (q.type().hasChoices() && choices.size() < 2) {
                errors.add(new Problem.FieldError(at + ".choices", "a " + q.type() + " question needs at least 2 choices"));
            }
            if (!q.type().hasChoices() && !choices.isEmpty()) {
                errors.add(new Problem.FieldError(at + ".choices", "a " + q.type() + " question has no choices"));
            }
            Set<String> choiceKeys = new HashSet<>();
            for (Choice c : choices) {
                if (!choiceKeys.add(c.key())) {
                    errors.add(new Problem.FieldError(at + ".choices", "repeats the choice " + c.key()));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
    }
}

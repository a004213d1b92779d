package se.klossnet.followup.survey;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * One question of a questionnaire, in Swedish and English.
 *
 * @param key     stable across versions, so that results of several versions aggregate by question
 * @param choices the options of SINGLE_CHOICE and MULTI_CHOICE questions; empty for the others
 */
public record Question(
        @NotBlank @Pattern(regexp = "[a-z][a-z0-9_]{0,39}") String key,
        @NotNull QuestionType type,
        boolean required,
        @NotBlank @Size(max = 500) String textSv,
        @NotBlank @Size(max = 500) String textEn,
        @Size(max = 20) List<@Valid @NotNull Choice> choices) {

    public List<Choice> choicesOrEmpty() {
        return choices == null ? List.of() : choices;
    }
}

package se.klossnet.followup.survey;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import se.klossnet.events.followup.RespondentRole;

/**
 * A new version of a questionnaire. Publishing a key that exists gives it the next version number; the respondent
 * role of a key never changes.
 */
public record TemplateDraft(
        @NotBlank @Pattern(regexp = "[a-z][a-z0-9-]{1,59}") String key,
        @NotNull RespondentRole respondentRole,
        @NotBlank @Size(max = 200) String titleSv,
        @NotBlank @Size(max = 200) String titleEn,
        @NotNull @Size(min = 1, max = 50) List<@Valid @NotNull Question> questions) {
}

package se.klossnet.followup.survey;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** One answer option of a choice question; the key is what a response sends. */
public record Choice(
        @NotBlank @Pattern(regexp = "[a-z][a-z0-9_]{0,39}") String key,
        @NotBlank @Size(max = 200) String textSv,
        @NotBlank @Size(max = 200) String textEn) {
}

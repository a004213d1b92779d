package se.klossnet.followup.outcome;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import se.klossnet.events.followup.OutcomeSide;
import se.klossnet.events.followup.OutcomeType;

/**
 * An outcome as reported.
 *
 * @param evidenceUrl optional link to evidence (a course page, a publication, an agreement); http(s) only
 * @param version     on a revision: the version the client read
 */
public record OutcomeDraft(
        @NotNull OutcomeType type,
        @NotNull OutcomeSide side,
        @NotNull LocalDate occurredOn,
        @NotBlank @Size(max = 4_000) String description,
        @Size(max = 500) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL") String evidenceUrl,
        Long version) {
}

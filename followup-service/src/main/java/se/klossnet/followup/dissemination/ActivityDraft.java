package se.klossnet.followup.dissemination;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A dissemination activity that took place.
 *
 * @param audience who it reached, e.g. "teachers of the EECS school"; stays in this service
 */
public record ActivityDraft(
        @NotNull ActivityType type,
        @NotBlank @Size(max = 200) String audience,
        @NotNull LocalDate heldOn,
        @Size(max = 2_000) String description) {
}

package se.klossnet.call.review;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A reviewer's score on one criterion of the call.
 *
 * @param criterion the criterion's key, e.g. {@code mutual-value}
 * @param score     1 (poor) to 5 (excellent)
 */
public record Score(
        @Schema(examples = "mutual-value") @NotBlank @Size(max = 40) String criterion,
        @Schema(examples = "4") @NotNull @Min(1) @Max(5) Integer score,
        @Schema(examples = "Clear benefits for both sides; the host commits a supervisor.") @NotBlank @Size(max = 2000) String comment) {
}

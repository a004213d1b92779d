package se.klossnet.call.call;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An evaluation criterion of a call. Reviewers score each one; the weights (percent) must sum to 100 when the call
 * is published.
 *
 * @param key    stable code that scores refer to, e.g. {@code strategic-relevance}
 * @param label  how the criterion reads to reviewers
 * @param weight its share of the weighted total, in percent
 */
public record Criterion(
        @Schema(examples = "strategic-relevance")
        @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,39}", message = "must be a lower-case code of letters, digits and -, at most 40 characters")
        String key,
        @Schema(examples = "Strategic relevance")
        @NotBlank @Size(max = 200) String label,
        @Schema(examples = "30")
        @NotNull @Min(0) @Max(100) Integer weight) {

    /** The criteria of the PAUS handbook, used when a call names none. */
    public static final List<Criterion> DEFAULTS = List.of(
            new Criterion("strategic-relevance", "Strategic relevance", 30),
            new Criterion("mutual-value", "Mutual value for academia and the host", 30),
            new Criterion("endorsement", "Management endorsement", 20),
            new Criterion("dissemination-plan", "Dissemination plan", 20));
}

package se.klossnet.call.decision;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A coordinator's decision on an application.
 *
 * @param grantedSek with GRANT: the amount granted; absent with REJECT
 */
public record DecisionRequest(
        @NotNull Outcome outcome,
        @Schema(examples = "90000") @Positive @Digits(integer = 12, fraction = 2) BigDecimal grantedSek,
        @Schema(examples = "Ranked second; strong mutual value and a concrete dissemination plan.")
        @NotBlank @Size(max = 4000) String motivation) {

    public enum Outcome {
        GRANT,
        REJECT
    }
}

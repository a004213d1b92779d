package se.klossnet.call.application;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the applicant asks for: salary share, travel and other costs, in SEK. */
public record BudgetTerms(
        @Schema(examples = "80000") @NotNull @PositiveOrZero @Digits(integer = 10, fraction = 2) BigDecimal salarySek,
        @Schema(examples = "12000") @NotNull @PositiveOrZero @Digits(integer = 10, fraction = 2) BigDecimal travelSek,
        @Schema(examples = "4000") @NotNull @PositiveOrZero @Digits(integer = 10, fraction = 2) BigDecimal otherSek) {

    BigDecimal totalSek() {
        return salarySek.add(travelSek).add(otherSek);
    }
}

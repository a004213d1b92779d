package se.klossnet.call.programme;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import se.klossnet.events.Direction;
import se.klossnet.events.FundingSource;

/**
 * What a coordinator sends to create or revise a programme. Server-owned fields (id, institution, version on
 * create, timestamps) are not part of it, so a client cannot set them.
 *
 * @param version on a revision: the version the client read; a stale one gets 409
 */
public record ProgrammeTerms(
        @NotBlank @Size(max = 200) String name,
        @NotNull Direction direction,
        @NotNull FundingSource fundingSource,
        @NotNull @Size(max = 20) List<@NotBlank @Size(max = 80) String> themes,
        @NotNull @PositiveOrZero @Digits(integer = 12, fraction = 2) BigDecimal budgetSek,
        Long version) {
}

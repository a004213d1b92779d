package se.klossnet.exchange.cost;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An actual cost as a client posts it. Account, cost centre and project default to the programme's. A negative
 * amount corrects an earlier entry; zero is refused.
 *
 * @param externalRef the finance system's voucher reference; an entry with a known one is not booked twice
 */
public record CostLine(@NotNull CostType type,
                       @NotNull @Digits(integer = 12, fraction = 2) BigDecimal amountSek,
                       @NotNull LocalDate bookedOn,
                       @Pattern(regexp = Bookings.ACCOUNT, message = "must be a four-digit account") String account,
                       @Pattern(regexp = Bookings.CODE, message = "must be 1-20 letters, digits, '.', '_' or '-'") String costCentre,
                       @Pattern(regexp = Bookings.CODE, message = "must be 1-20 letters, digits, '.', '_' or '-'") String projectCode,
                       @Size(max = 100) String externalRef) {
}

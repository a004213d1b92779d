package se.klossnet.exchange.exchange;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;

/**
 * Months and person-months of a period, both days included: 1 January to 30 June is 6 months, and at 20 % extent
 * 1.2 person-months. Days beyond whole months count as thirtieths of a month.
 */
public final class PersonMonths {

    private static final BigDecimal DAYS_PER_MONTH = BigDecimal.valueOf(30);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private PersonMonths() {
    }

    public static BigDecimal months(LocalDate first, LocalDate last) {
        if (last.isBefore(first)) {
            return BigDecimal.ZERO.setScale(4);
        }
        Period period = Period.between(first, last.plusDays(1));
        return BigDecimal.valueOf(period.toTotalMonths())
                .add(BigDecimal.valueOf(period.getDays()).divide(DAYS_PER_MONTH, 4, RoundingMode.HALF_UP));
    }

    public static BigDecimal of(LocalDate first, LocalDate last, int extentPercent) {
        return months(first, last).multiply(BigDecimal.valueOf(extentPercent))
                .divide(HUNDRED, 2, RoundingMode.HALF_UP);
    }
}

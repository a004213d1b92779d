package se.klossnet.exchange.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Optional;
import se.klossnet.platform.privacy.RetentionPeriods;

/**
 * The retention rule that can forbid an erasure here: an exchange's signed agreement and the personal details on it
 * are the underlying documents (verifikationer) of the salary, travel and host costs booked against it.
 * Bokföringslagen (1999:1078) 7 kap. 2 § requires räkenskapsinformation to be kept until the end of the seventh year
 * after the end of the calendar year in which the financial year ended; GDPR art. 17(3)(b) lets that legal obligation
 * override erasure. Configured as {@code kloss.retention.accounting-records.period} (default P7Y), counted from the
 * end of the calendar year of the latest booked cost.
 */
@ApplicationScoped
public class AccountingRecordsRule {

    public static final String NAME = "accounting-records";

    private final Period period;
    private final Clock clock;

    public AccountingRecordsRule(RetentionPeriods periods, Clock clock) {
        RetentionPeriods.Category category = periods.categories().get(NAME);
        this.period = category == null ? Period.ofYears(7) : category.period();
        this.clock = clock;
    }

    /** The date until which records with a cost booked on {@code latestBooking} must be kept, if that is today or later. */
    public Optional<LocalDate> keepsUntil(LocalDate latestBooking) {
        if (latestBooking == null) {
            return Optional.empty();
        }
        LocalDate until = LocalDate.of(latestBooking.getYear(), 12, 31).plus(period);
        return until.isBefore(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC)) ? Optional.empty() : Optional.of(until);
    }
}

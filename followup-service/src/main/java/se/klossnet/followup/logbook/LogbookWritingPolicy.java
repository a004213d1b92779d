package se.klossnet.followup.logbook;

import java.time.LocalDate;
import se.klossnet.followup.exchange.ExchangeState;
import se.klossnet.followup.exchange.FollowedExchange;
import se.klossnet.platform.problem.StateConflict;
import se.klossnet.platform.problem.ValidationFailed;

/**
 * When and for which days a participant may write. The logbook is open once the exchange has started and stays
 * open after it completes, for late reflections on days of the exchange; a cancelled exchange's logbook is closed.
 * An entry is dated on a day of the exchange, never in the future.
 */
final class LogbookWritingPolicy {

    private LogbookWritingPolicy() {
    }

    static boolean isOpen(FollowedExchange exchange, Logbook logbook) {
        return logbook != null && (exchange.state() == ExchangeState.ONGOING || exchange.state() == ExchangeState.COMPLETED);
    }

    static void requireOpen(FollowedExchange exchange, Logbook logbook) {
        if (!isOpen(exchange, logbook)) {
            throw new StateConflict("the logbook of exchange " + exchange.id() + " is not open: the exchange is "
                    + exchange.state());
        }
    }

    static void requireDayOfExchange(LocalDate writtenOn, FollowedExchange exchange, LocalDate today) {
        if (writtenOn.isAfter(today)) {
            throw new ValidationFailed("writtenOn", "must not be in the future");
        }
        if (exchange.beganOn() != null && writtenOn.isBefore(exchange.beganOn())) {
            throw new ValidationFailed("writtenOn", "must not be before the exchange began on " + exchange.beganOn());
        }
        if (exchange.completedOn() != null && writtenOn.isAfter(exchange.completedOn())) {
            throw new ValidationFailed("writtenOn", "must not be after the exchange completed on " + exchange.completedOn());
        }
    }
}

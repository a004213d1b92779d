package se.klossnet.followup.outcome;

import java.time.LocalDate;
import se.klossnet.followup.exchange.FollowedExchange;
import se.klossnet.platform.problem.StateConflict;
import se.klossnet.platform.problem.ValidationFailed;

/**
 * Outcomes follow from an exchange that happened: it must have started, and the outcome is dated between its
 * beginning and today. There is deliberately no upper limit: effects show years after the exchange ended.
 */
final class OutcomeDatingPolicy {

    private OutcomeDatingPolicy() {
    }

    static void check(FollowedExchange exchange, LocalDate occurredOn, LocalDate today) {
        if (exchange.startedOn() == null && exchange.completedOn() == null) {
            throw new StateConflict("exchange " + exchange.id() + " has not started; outcomes follow from a started exchange");
        }
        if (occurredOn.isAfter(today)) {
            throw new ValidationFailed("occurredOn", "must not be in the future");
        }
        if (exchange.beganOn() != null && occurredOn.isBefore(exchange.beganOn())) {
            throw new ValidationFailed("occurredOn", "must not be before the exchange began on " + exchange.beganOn());
        }
    }
}

package se.klossnet.followup.exchange;

import java.time.LocalDate;

/**
 * A step in an exchange's life that follow-up reacts to, fired (synchronously, in the event's transaction) by
 * {@link ExchangeProjection}. Observers must be idempotent: a fact can be announced again by a re-published event.
 */
public record ExchangeMilestone(String institution, String exchangeId, Kind kind, LocalDate on) {

    public enum Kind {
        /** The exchange began: the logbook opens and the end-of-exchange surveys are scheduled. */
        STARTED,
        /** The exchange ended as planned: the end-of-exchange surveys go out and a long-term one is scheduled. */
        COMPLETED,
        /** The exchange was called off: whatever is pending is withdrawn. */
        CANCELLED
    }
}

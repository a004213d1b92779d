package se.klossnet.events.call;

import java.time.Instant;

/** @param byDeadline true when the scheduler closed the call at its deadline, false when a coordinator did */
public record CallClosed(String callId, String programmeId, Instant closedAt, boolean byDeadline, int applicationCount)
        implements CallEvent {
    @Override
    public String aggregateId() {
        return callId;
    }
}

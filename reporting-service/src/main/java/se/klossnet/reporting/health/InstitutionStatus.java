package se.klossnet.reporting.health;

import java.time.Duration;
import java.time.Instant;

/** How an institution's stream of events looks from the hub. */
public enum InstitutionStatus {
    /** Its events stopped: the latest is older than the staleness threshold. */
    STALE,
    /** Events are flowing. */
    ACTIVE,
    /** A member that has never sent an event. */
    SILENT;

    /** The staleness policy: judged on the time of the latest event, against {@code now}. */
    public static InstitutionStatus of(Instant lastEventAt, Instant now, Duration staleAfter) {
        if (lastEventAt == null) {
            return SILENT;
        }
        return lastEventAt.isBefore(now.minus(staleAfter)) ? STALE : ACTIVE;
    }
}

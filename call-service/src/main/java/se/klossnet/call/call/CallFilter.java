package se.klossnet.call.call;

import java.time.Instant;
import java.util.UUID;

/**
 * What a call list is narrowed to.
 *
 * @param from calls whose application window ends after this moment (null: no bound)
 * @param to   calls whose application window starts before this moment (null: no bound)
 * @param text a LIKE pattern matched against both titles and descriptions (null: none)
 */
record CallFilter(CallStatus status, UUID programmeId, Instant from, Instant to, String text) {
}

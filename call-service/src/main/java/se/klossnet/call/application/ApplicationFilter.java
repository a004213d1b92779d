package se.klossnet.call.application;

import java.time.Instant;
import java.util.UUID;

/**
 * What an application list is narrowed to.
 *
 * @param from submitted at or after (null: no bound)
 * @param to   submitted before (null: no bound)
 * @param text a LIKE pattern matched against the host's name and the purpose (null: none)
 */
record ApplicationFilter(UUID callId, ApplicationStatus status, Instant from, Instant to, String text) {
}

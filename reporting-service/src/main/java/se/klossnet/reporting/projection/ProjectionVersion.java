package se.klossnet.reporting.projection;

import java.time.Instant;

/**
 * One version of the national projections, as the API shows it.
 *
 * @param replayed records a rebuild has read from the topics so far
 * @param skipped  records a rebuild could not decode or apply (they are in the dead-letter topics)
 * @param target   records on the topics when the rebuild started, i.e. what it must replay at least
 */
public record ProjectionVersion(int version, ProjectionState state, Instant startedAt, Instant liveSince,
                                Instant retiredAt, Instant purgedAt, long replayed, long skipped, Long target,
                                String detail) {
}

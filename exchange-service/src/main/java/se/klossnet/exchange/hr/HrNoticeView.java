package se.klossnet.exchange.hr;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.UUID;

/** A notice as HR polls it: its state and the body that was (or will be) sent. */
public record HrNoticeView(UUID id, UUID exchangeId, String kind, HrNotice.Status status, int attempts,
                           Instant nextAttemptAt, String lastError, Instant createdAt, Instant deliveredAt,
                           Instant confirmedAt, String confirmedBy, JsonNode payload, long version) {
}

package se.klossnet.call.privacy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An access export or erasure request as the coordinator recorded it. */
public record PrivacyRequest(UUID id, String institution, Kind kind, String personPseudonym, String requestedBy,
                             Instant requestedAt, List<String> expectedServices) {

    public enum Kind { EXPORT, ERASURE }
}

package se.klossnet.followup.survey;

import java.time.Instant;
import java.util.UUID;

/**
 * A freshly issued response link. The token is shown this once: the service keeps only its hash. Deliver the url
 * to the respondent through the institution's own channel.
 */
public record LinkView(UUID distributionId, String token, String url, Instant expiresAt) {
}

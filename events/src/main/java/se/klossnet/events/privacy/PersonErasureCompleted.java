package se.klossnet.events.privacy;

/**
 * A service has anonymised the person's personal fields and kept their pseudonymous records.
 *
 * @param anonymisedCount how many records the service changed
 */
public record PersonErasureCompleted(String requestId, String service, int anonymisedCount) implements PrivacyEvent {
}

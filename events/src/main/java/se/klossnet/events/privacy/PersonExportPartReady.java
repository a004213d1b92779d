package se.klossnet.events.privacy;

/**
 * A service has collected its part of an export and serves it at {@code GET /privacy/parts/{requestId}}.
 *
 * @param service   the service's name, e.g. {@code exchange-service}
 * @param itemCount how many records the part holds
 */
public record PersonExportPartReady(String requestId, String service, int itemCount) implements PrivacyEvent {
}

package se.klossnet.events.privacy;

/** The node's privacy coordinator asks every service for what it holds about one person. */
public record PersonExportRequested(String requestId, String personPseudonym) implements PrivacyEvent {
}

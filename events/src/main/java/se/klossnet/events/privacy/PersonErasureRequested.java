package se.klossnet.events.privacy;

/** A privacy officer (by pseudonym) has asked the node to erase one person's personal data. */
public record PersonErasureRequested(String requestId, String personPseudonym, String requestedByPseudonym)
        implements PrivacyEvent {
}

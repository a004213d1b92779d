package se.klossnet.events.privacy;

/**
 * A service may not erase the person's data because a retention rule requires it to keep them.
 *
 * @param rule the rule's name, e.g. {@code accounting-records}
 */
public record PersonErasureRefused(String requestId, String service, String rule) implements PrivacyEvent {
}

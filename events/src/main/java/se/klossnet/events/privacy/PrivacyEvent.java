package se.klossnet.events.privacy;

import se.klossnet.events.DomainEvent;

/**
 * Events on {@code kloss.<institution>.privacy.v1}: the node's own coordination of access exports and erasures
 * (GDPR articles 15 and 17). They carry request ids, pseudonyms, service names, counts and rule names only: the
 * export document itself travels over REST inside the node, never over Kafka, which the national hub can read.
 * The hub does not subscribe to this topic.
 */
public sealed interface PrivacyEvent extends DomainEvent
        permits PersonExportRequested, PersonExportPartReady, PersonErasureRequested, PersonErasureCompleted,
        PersonErasureRefused {

    /** The export or erasure request; the key, so one request's events keep their order. */
    String requestId();

    @Override
    default String aggregateId() {
        return requestId();
    }
}

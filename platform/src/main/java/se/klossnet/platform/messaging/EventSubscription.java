package se.klossnet.platform.messaging;

import java.util.List;
import java.util.regex.Pattern;
import se.klossnet.events.DomainEvent;
import se.klossnet.events.EventEnvelope;

/**
 * A consumer of events. Implement it as an {@code @ApplicationScoped} bean and the platform runs it: it polls the
 * topics, decodes each record, and calls {@link #handle} inside a new transaction together with the inbox, so the
 * effect happens once per event id. A record that cannot be decoded, or whose handling fails for a reason that a
 * retry will not fix, goes to {@code <topic>.dlq} and the subscription goes on with the next one.
 */
public interface EventSubscription {

    /** A stable name: the Kafka consumer group is {@code <node>.<service>.<name>} and the inbox key is this name. */
    String name();

    /** The topics to read, e.g. {@code kloss\.(kth|mau)\.call\.v1}. New matching topics are picked up as they appear. */
    Pattern topics();

    /** Applies the event. Runs in a transaction; throw to roll back. */
    void handle(EventEnvelope<DomainEvent> event);

    /**
     * How many events of one poll the platform may hand to {@link #handleAll} in one transaction. 1 (the default):
     * every event gets a transaction of its own and {@link #handle} is called. A consumer that must keep up with a
     * high rate (the national ingest) returns more, which saves a commit and the inbox round trip per event.
     */
    default int maxBatch() {
        return 1;
    }

    /**
     * True when the subscription makes a repeated event change nothing by itself, in the transaction of its
     * effect: e.g. it inserts a row keyed by the event id with {@code ON CONFLICT DO NOTHING} and applies the event
     * only when that row is new, as the national ingest does per projection version. The platform then writes no
     * inbox row for it (one write per event less) and hands every decoded event to {@link #handle} and
     * {@link #handleAll}, repeats included; the subscription must drop them itself. A subscription whose effect is
     * not keyed by the event id (it sends mail, records outbox events, increments a counter) must keep the default,
     * false: the platform's inbox then de-duplicates for it.
     */
    default boolean deduplicatesItself() {
        return false;
    }

    /**
     * Applies several events, in their order on the partitions, in one transaction together with their inbox rows;
     * only first deliveries are passed (every event, repeats included, when {@link #deduplicatesItself()}). Throw
     * to roll back: the platform then handles each event of the batch
     * alone, through {@link #handle}, so that a poison event goes to the DLQ by itself and the rest are applied.
     * Events recorded in the outbox here carry no causation of the event that caused them, so a consumer that
     * raises events of its own should keep the default {@link #maxBatch()} of 1. The default calls {@link #handle}
     * for each event.
     */
    default void handleAll(List<EventEnvelope<DomainEvent>> events) {
        events.forEach(this::handle);
    }
}

package se.klossnet.platform.messaging;

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
}

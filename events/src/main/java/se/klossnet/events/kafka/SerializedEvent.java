package se.klossnet.events.kafka;

import java.time.Instant;
import java.util.UUID;
import se.klossnet.events.EventEnvelope;
import se.klossnet.events.EventJson;

/**
 * An envelope whose payload is already JSON: the form an event has in an outbox row, between the transaction
 * that recorded it and the relay that publishes it.
 */
public record SerializedEvent(UUID id, String topic, String type, String source, String subject, Instant time,
                              String institution, int schemaVersion, byte[] data, Causation causation) {

    /**
     * What caused the event, so that one trace can be followed from a request across services and Kafka. Each part
     * may be null.
     *
     * @param traceParent W3C {@code traceparent}
     * @param traceState  W3C {@code tracestate}
     * @param requestId   the {@code X-Request-Id} of the HTTP request
     */
    public record Causation(String traceParent, String traceState, String requestId) {
        public static final Causation NONE = new Causation(null, null, null);
    }

    public SerializedEvent {
        causation = causation == null ? Causation.NONE : causation;
    }

    public static SerializedEvent of(EventEnvelope<?> envelope) {
        return of(envelope, Causation.NONE);
    }

    public static SerializedEvent of(EventEnvelope<?> envelope, Causation causation) {
        return new SerializedEvent(envelope.id(), envelope.topic(), envelope.type(), envelope.source().toString(),
                envelope.subject(), envelope.time(), envelope.institution(), envelope.schemaVersion(),
                EventJson.write(envelope.data()), causation);
    }
}

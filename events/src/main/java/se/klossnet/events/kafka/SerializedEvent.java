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
                              String institution, int schemaVersion, byte[] data) {

    public static SerializedEvent of(EventEnvelope<?> envelope) {
        return new SerializedEvent(envelope.id(), envelope.topic(), envelope.type(), envelope.source().toString(),
                envelope.subject(), envelope.time(), envelope.institution(), envelope.schemaVersion(),
                EventJson.write(envelope.data()));
    }
}

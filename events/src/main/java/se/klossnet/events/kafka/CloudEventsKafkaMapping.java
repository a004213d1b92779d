package se.klossnet.events.kafka;

import io.cloudevents.CloudEvent;
import io.cloudevents.CloudEventData;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.KafkaMessageFactory;
import io.cloudevents.rw.CloudEventRWException;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import se.klossnet.events.DomainEvent;
import se.klossnet.events.EventCatalog;
import se.klossnet.events.EventDecodingException;
import se.klossnet.events.EventEnvelope;
import se.klossnet.events.EventJson;
import se.klossnet.events.EventType;

/**
 * Maps events onto Kafka records following the CloudEvents 1.0 Kafka protocol binding in binary mode: the
 * attributes travel as {@code ce_*} headers, the JSON payload as the record value, the subject as the key.
 * The CloudEvents SDK does the binding; this class only fixes our attribute choices.
 */
public final class CloudEventsKafkaMapping {

    public static final String INSTITUTION_EXTENSION = "institution";
    public static final String SCHEMA_VERSION_EXTENSION = "schemaversion";
    public static final String JSON = "application/json";

    private CloudEventsKafkaMapping() {
    }

    public static ProducerRecord<String, byte[]> toRecord(SerializedEvent event) {
        CloudEvent cloudEvent = CloudEventBuilder.v1()
                .withId(event.id().toString())
                .withType(event.type())
                .withSource(URI.create(event.source()))
                .withSubject(event.subject())
                .withTime(OffsetDateTime.ofInstant(event.time(), ZoneOffset.UTC))
                .withDataContentType(JSON)
                .withExtension(INSTITUTION_EXTENSION, event.institution())
                .withExtension(SCHEMA_VERSION_EXTENSION, event.schemaVersion())
                .withData(event.data())
                .build();
        return KafkaMessageFactory.<String>createWriter(event.topic(), null, null, event.subject()).writeBinary(cloudEvent);
    }

    public static ProducerRecord<String, byte[]> toRecord(EventEnvelope<?> envelope) {
        return toRecord(SerializedEvent.of(envelope));
    }

    /**
     * Reads a record back into a typed envelope.
     *
     * @throws EventDecodingException when the record is not a CloudEvent, its type or schema version is not in the
     *                                catalogue, or its payload does not match the type
     */
    public static EventEnvelope<DomainEvent> fromRecord(ConsumerRecord<?, byte[]> record) {
        CloudEvent cloudEvent;
        try {
            cloudEvent = KafkaMessageFactory.createReader(record).toEvent();
        } catch (CloudEventRWException | IllegalStateException e) {
            throw new EventDecodingException("not a CloudEvent in Kafka binary mode: " + e.getMessage(), e);
        }
        EventType type = EventCatalog.byCloudEventType(cloudEvent.getType())
                .orElseThrow(() -> new EventDecodingException("unknown event type " + cloudEvent.getType()));
        int version = schemaVersionOf(cloudEvent);
        if (version != type.schemaVersion()) {
            throw new EventDecodingException("unsupported schema version " + version + " of " + type.name()
                    + " (this consumer reads version " + type.schemaVersion() + ")");
        }
        Object institution = cloudEvent.getExtension(INSTITUTION_EXTENSION);
        CloudEventData data = cloudEvent.getData();
        if (institution == null || data == null || cloudEvent.getSubject() == null || cloudEvent.getTime() == null) {
            throw new EventDecodingException(type.name() + " lacks institution, subject, time or data");
        }
        DomainEvent payload = EventJson.read(data.toBytes(), type.recordClass());
        try {
            return new EventEnvelope<>(UUID.fromString(cloudEvent.getId()), cloudEvent.getType(), cloudEvent.getSource(),
                    cloudEvent.getSubject(), cloudEvent.getTime().toInstant(), institution.toString(), version, payload);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new EventDecodingException("invalid envelope of " + type.name() + ": " + e.getMessage(), e);
        }
    }

    private static int schemaVersionOf(CloudEvent cloudEvent) {
        Object value = cloudEvent.getExtension(SCHEMA_VERSION_EXTENSION);
        if (value == null) {
            throw new EventDecodingException("missing extension " + SCHEMA_VERSION_EXTENSION);
        }
        try {
            return value instanceof Number n ? n.intValue() : Integer.parseInt(value.toString());
        } catch (NumberFormatException e) {
            throw new EventDecodingException("schema version is not a number: " + value, e);
        }
    }
}

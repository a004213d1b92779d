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
    /** The CloudEvents distributed tracing extension's attributes, and our request id. */
    public static final String TRACEPARENT_EXTENSION = "traceparent";
    public static final String TRACESTATE_EXTENSION = "tracestate";
    public static final String REQUEST_ID_EXTENSION = "requestid";

    private CloudEventsKafkaMapping() {
    }

    public static ProducerRecord<String, byte[]> toRecord(SerializedEvent event) {
        CloudEventBuilder builder = CloudEventBuilder.v1()
                .withId(event.id().toString())
                .withType(event.type())
                .withSource(URI.create(event.source()))
                .withSubject(event.subject())
                .withTime(OffsetDateTime.ofInstant(event.time(), ZoneOffset.UTC))
                .withDataContentType(JSON)
                .withExtension(INSTITUTION_EXTENSION, event.institution())
                .withExtension(SCHEMA_VERSION_EXTENSION, event.schemaVersion())
                .withData(event.data());
        SerializedEvent.Causation causation = event.causation();
        if (causation.traceParent() != null) {
            builder.withExtension(TRACEPARENT_EXTENSION, causation.traceParent());
        }
        if (causation.traceState() != null) {
            builder.withExtension(TRACESTATE_EXTENSION, causation.traceState());
        }
        if (causation.requestId() != null) {
            builder.withExtension(REQUEST_ID_EXTENSION, causation.requestId());
        }
        CloudEvent cloudEvent = builder.build();
        return KafkaMessageFactory.<String>createWriter(event.topic(), null, null, event.subject()).writeBinary(cloudEvent);
    }

    public static ProducerRecord<String, byte[]> toRecord(EventEnvelope<?> envelope) {
        return toRecord(SerializedEvent.of(envelope));
    }

    /** What caused the event in {@code record}: its tracing and request-id headers, where present. */
    public static SerializedEvent.Causation causationOf(ConsumerRecord<?, byte[]> record) {
        return new SerializedEvent.Causation(header(record, TRACEPARENT_EXTENSION), header(record, TRACESTATE_EXTENSION),
                header(record, REQUEST_ID_EXTENSION));
    }

    private static String header(ConsumerRecord<?, byte[]> record, String extension) {
        var h = record.headers().lastHeader("ce_" + extension);
        return h == null ? null : new String(h.value(), java.nio.charset.StandardCharsets.UTF_8);
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

package se.klossnet.events.contract;

import com.fasterxml.jackson.databind.node.ObjectNode;
import se.klossnet.events.EventType;
import se.klossnet.events.Topics;
import se.klossnet.events.kafka.CloudEventsKafkaMapping;

/**
 * The Kafka headers of a record in CloudEvents binary mode, as {@link CloudEventsKafkaMapping} writes them: one
 * {@code ce_<attribute>} header per attribute and {@code content-type} for {@code datacontenttype}. Header values are
 * UTF-8 strings, so the schema version travels as {@code "1"}.
 */
final class CloudEventsHeaders {

    private static final String INSTITUTION = Topics.INSTITUTION_ID.pattern();

    private CloudEventsHeaders() {
    }

    /** The headers every event carries. */
    static ObjectNode schema() {
        ObjectNode schema = AsyncApiDocument.object();
        schema.put("type", "object");
        schema.put("description", "CloudEvents 1.0 attributes in Kafka binary mode. Other headers (e.g. tracing) "
                + "may be present.");
        schema.putArray("required").add("ce_specversion").add("ce_id").add("ce_type").add("ce_source")
                .add("ce_subject").add("ce_time").add(header(CloudEventsKafkaMapping.INSTITUTION_EXTENSION))
                .add(header(CloudEventsKafkaMapping.SCHEMA_VERSION_EXTENSION)).add("content-type");
        ObjectNode properties = schema.putObject("properties");
        properties.set("ce_specversion", constant("1.0", "CloudEvents specification version."));
        properties.set("ce_id", string("Unique per event; consumers deduplicate on it.").put("format", "uuid"));
        properties.set("ce_type", string("The event type, " + EventType.TYPE_PREFIX + "<domain>.<EventName>.")
                .put("pattern", "^" + EventType.TYPE_PREFIX.replace(".", "\\.") + "[a-z]+\\.[A-Z][A-Za-z]+$"));
        properties.set("ce_source", string("/institutions/<institution>/<producing service>.")
                .put("format", "uri-reference").put("pattern", "^/institutions/" + INSTITUTION + "/[a-z-]+$"));
        properties.set("ce_subject", string("The aggregate id; also the record key."));
        properties.set("ce_time", string("When the fact happened (RFC 3339, UTC).").put("format", "date-time"));
        properties.set(header(CloudEventsKafkaMapping.INSTITUTION_EXTENSION),
                string("Extension: the institution the event belongs to.").put("pattern", "^" + INSTITUTION + "$"));
        properties.set(header(CloudEventsKafkaMapping.SCHEMA_VERSION_EXTENSION),
                string("Extension: the payload's schema version.").put("pattern", "^[1-9][0-9]*$"));
        properties.set("content-type", constant(CloudEventsKafkaMapping.JSON, "The datacontenttype attribute."));
        properties.set(header(CloudEventsKafkaMapping.TRACEPARENT_EXTENSION),
                string("Optional, CloudEvents distributed tracing extension: the W3C traceparent of the request or "
                        + "event that caused this one.").put("pattern", "^[0-9a-f]{2}-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}$"));
        properties.set(header(CloudEventsKafkaMapping.TRACESTATE_EXTENSION),
                string("Optional: the W3C tracestate that goes with ce_traceparent."));
        properties.set(header(CloudEventsKafkaMapping.REQUEST_ID_EXTENSION),
                string("Optional extension: the X-Request-Id of the HTTP request that caused the event."));
        return schema;
    }

    /** The common headers, narrowed to the type and schema version of one event type. */
    static ObjectNode schemaOf(EventType type) {
        ObjectNode narrowed = AsyncApiDocument.object();
        narrowed.put("type", "object");
        ObjectNode properties = narrowed.putObject("properties");
        properties.putObject("ce_type").put("const", type.cloudEventType());
        properties.putObject(header(CloudEventsKafkaMapping.SCHEMA_VERSION_EXTENSION))
                .put("const", Integer.toString(type.schemaVersion()));
        ObjectNode headers = AsyncApiDocument.object();
        headers.putArray("allOf")
                .add(AsyncApiDocument.ref("#/components/schemas/" + AsyncApiDocument.HEADERS_SCHEMA))
                .add(narrowed);
        return headers;
    }

    static String header(String attribute) {
        return "ce_" + attribute;
    }

    private static ObjectNode string(String description) {
        return AsyncApiDocument.object().put("type", "string").put("description", description);
    }

    private static ObjectNode constant(String value, String description) {
        return string(description).put("const", value);
    }
}

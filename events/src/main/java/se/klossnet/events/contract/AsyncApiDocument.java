package se.klossnet.events.contract;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import se.klossnet.events.EventCatalog;
import se.klossnet.events.EventDomain;
import se.klossnet.events.EventJson;
import se.klossnet.events.EventType;
import se.klossnet.events.Topics;
import se.klossnet.events.kafka.CloudEventsKafkaMapping;

/**
 * The AsyncAPI 3.0.0 description of the network's topics, built from the catalogue, the topic rule and the payload
 * schemas. One channel per domain topic and one per dead-letter topic; one message per event type; one
 * {@code send} operation per domain, performed by the domain's producing service.
 */
public final class AsyncApiDocument {

    public static final String ASYNCAPI_VERSION = "3.0.0";
    public static final String KAFKA_BINDING_VERSION = "0.5.0";
    public static final String HEADERS_SCHEMA = "CloudEventsKafkaHeaders";
    /** The contract's version. Payloads carry their own schema version; this one changes with the topic version. */
    public static final String CONTRACT_VERSION = "1.0.0";

    private static final List<String> EXAMPLE_INSTITUTIONS = List.of("kth", "mau", "lu", "sh");

    private AsyncApiDocument() {
    }

    /** @param schemas the payload schema of every catalogue entry, as {@link EventSchemaGenerator} made them */
    public static ObjectNode of(Map<EventType, ObjectNode> schemas) {
        ObjectNode document = object();
        document.put("asyncapi", ASYNCAPI_VERSION);
        document.set("info", info());
        document.put("defaultContentType", CloudEventsKafkaMapping.JSON);
        ObjectNode channels = document.putObject("channels");
        ObjectNode operations = document.putObject("operations");
        for (EventDomain domain : EventDomain.values()) {
            List<EventType> types = EventCatalog.of(domain);
            channels.set(channelKey(domain), channel(domain, types));
            channels.set(deadLetterChannelKey(domain), deadLetterChannel(domain, types));
            operations.set(operationKey(domain), sendOperation(domain, types));
        }
        ObjectNode components = document.putObject("components");
        ObjectNode schemaComponents = components.putObject("schemas");
        schemaComponents.set(HEADERS_SCHEMA, CloudEventsHeaders.schema());
        for (EventType type : EventCatalog.all()) {
            ObjectNode payload = schemas.get(type).deepCopy();
            // AsyncAPI's default schema format is a superset of JSON Schema; the payload uses nothing beyond it.
            payload.remove("$schema");
            schemaComponents.set(EventSchemaGenerator.schemaKeyOf(type), payload);
        }
        components.putObject("parameters").set(Topics.INSTITUTION_PARAMETER, institutionParameter());
        ObjectNode messages = components.putObject("messages");
        EventCatalog.all().forEach(type -> messages.set(type.name(), message(type)));
        return document;
    }

    public static String channelKey(EventDomain domain) {
        return domain.topicSegment();
    }

    public static String deadLetterChannelKey(EventDomain domain) {
        return domain.topicSegment() + "DeadLetter";
    }

    public static String operationKey(EventDomain domain) {
        return "send" + capitalised(domain.topicSegment()) + "Events";
    }

    private static ObjectNode info() {
        ObjectNode info = object();
        info.put("title", "KLOSS-Net mobility events");
        info.put("version", CONTRACT_VERSION);
        info.put("description", """
                The events that the services of a KLOSS-Net node publish about staff mobility: programmes, calls and \
                applications; exchanges and their costs; follow-up figures. Every institution runs a node and \
                publishes on its own topics; the national hub reads them all.

                Each record is a CloudEvents 1.0 event in Kafka binary mode: the attributes travel as `ce_*` headers, \
                the JSON payload as the value, and the aggregate id as the key (equal to `ce_subject`). \
                `ce_schemaversion` names the payload's schema version; a consumer sends a version it does not read \
                to the topic's `.dlq` channel.

                Payloads carry pseudonymous person ids and figures only, never names, e-mail addresses, \
                personnummer or free text.
                """);
        return info;
    }

    private static ObjectNode channel(EventDomain domain, List<EventType> types) {
        ObjectNode channel = object();
        channel.put("address", Topics.addressTemplate(domain));
        channel.put("title", capitalised(domain.topicSegment()) + " events");
        channel.put("description", "The " + domain.topicSegment() + " events of one institution, published by its "
                + domain.producingService() + " through the transactional outbox. Keyed by aggregate id, so that the "
                + "events of one aggregate keep their order.");
        channel.set("parameters", institutionParameterRef());
        channel.set("messages", messageRefs(types));
        return channel;
    }

    private static ObjectNode deadLetterChannel(EventDomain domain, List<EventType> types) {
        ObjectNode channel = object();
        channel.put("address", Topics.deadLetterOf(Topics.addressTemplate(domain)));
        channel.put("title", capitalised(domain.topicSegment()) + " dead letters");
        channel.put("description", "Records of " + Topics.addressTemplate(domain) + " that a consumer could not "
                + "decode (no CloudEvents headers, unknown ce_type, unsupported ce_schemaversion, invalid payload) or "
                + "could not process. They keep their key, value and headers, so they are listed with the topic's "
                + "messages, but by their nature they need not match them.");
        channel.set("parameters", institutionParameterRef());
        channel.set("messages", messageRefs(types));
        return channel;
    }

    private static ObjectNode sendOperation(EventDomain domain, List<EventType> types) {
        ObjectNode operation = object();
        operation.put("action", "send");
        operation.put("title", domain.producingService() + " publishes " + domain.topicSegment() + " events");
        operation.set("channel", ref("#/channels/" + channelKey(domain)));
        ArrayNode messages = operation.putArray("messages");
        types.forEach(type -> messages.add(ref("#/channels/" + channelKey(domain) + "/messages/" + type.name())));
        return operation;
    }

    private static ObjectNode message(EventType type) {
        ObjectNode message = object();
        message.put("name", type.name());
        message.put("title", type.name() + " v" + type.schemaVersion());
        message.put("summary", "CloudEvents type " + type.cloudEventType() + ", schemaversion " + type.schemaVersion());
        message.put("contentType", CloudEventsKafkaMapping.JSON);
        message.set("headers", CloudEventsHeaders.schemaOf(type));
        message.set("payload", ref("#/components/schemas/" + EventSchemaGenerator.schemaKeyOf(type)));
        ObjectNode kafka = message.putObject("bindings").putObject("kafka");
        ObjectNode key = kafka.putObject("key");
        key.put("type", "string");
        key.put("description", "The aggregate id, equal to the ce_subject header.");
        kafka.put("bindingVersion", KAFKA_BINDING_VERSION);
        message.putArray("tags").addObject().put("name", type.domain().topicSegment());
        return message;
    }

    private static ObjectNode institutionParameter() {
        ObjectNode parameter = object();
        parameter.put("description", "The institution's short id, matching " + Topics.INSTITUTION_ID.pattern()
                + ", e.g. kth (KTH) or mau (Malmö universitet).");
        ArrayNode examples = parameter.putArray("examples");
        EXAMPLE_INSTITUTIONS.forEach(examples::add);
        return parameter;
    }

    private static ObjectNode institutionParameterRef() {
        ObjectNode parameters = object();
        parameters.set(Topics.INSTITUTION_PARAMETER, ref("#/components/parameters/" + Topics.INSTITUTION_PARAMETER));
        return parameters;
    }

    private static ObjectNode messageRefs(List<EventType> types) {
        ObjectNode messages = object();
        types.forEach(type -> messages.set(type.name(), ref("#/components/messages/" + type.name())));
        return messages;
    }

    static ObjectNode ref(String pointer) {
        return object().put("$ref", pointer);
    }

    static ObjectNode object() {
        return EventJson.mapper().createObjectNode();
    }

    private static String capitalised(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}

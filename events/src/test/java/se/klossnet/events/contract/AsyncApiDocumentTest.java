package se.klossnet.events.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import se.klossnet.events.EventCatalog;
import se.klossnet.events.EventDomain;
import se.klossnet.events.EventEnvelope;
import se.klossnet.events.EventType;
import se.klossnet.events.SampleEvents;
import se.klossnet.events.Topics;
import se.klossnet.events.kafka.CloudEventsKafkaMapping;

/**
 * Structural checks of the AsyncAPI 3.0.0 rules that tools rely on. (No AsyncAPI 3 JSON Schema is published on Maven
 * Central, so the document is not validated against it.)
 */
class AsyncApiDocumentTest {

    private static final Pattern COMPONENT_KEY = Pattern.compile("^[a-zA-Z0-9.\\-_]+$");
    private static final Pattern ADDRESS_PARAMETER = Pattern.compile("\\{([^}]+)}");

    private static final JsonNode DOCUMENT = parse(ContractGenerator.generate().get(ContractGenerator.ASYNCAPI_FILE));

    static Stream<EventType> catalogue() {
        return SampleEvents.catalogue();
    }

    @Test
    void declaresAsyncApi300WithTitleVersionAndJsonAsDefaultContentType() {
        assertThat(DOCUMENT.path("asyncapi").asText()).isEqualTo("3.0.0");
        assertThat(DOCUMENT.at("/info/title").asText()).isNotBlank();
        assertThat(DOCUMENT.at("/info/version").asText()).isNotBlank();
        assertThat(DOCUMENT.path("defaultContentType").asText()).isEqualTo("application/json");
    }

    @ParameterizedTest
    @EnumSource(EventDomain.class)
    void eachDomainHasATopicChannelAndADeadLetterChannelWithTheInstitutionParameter(EventDomain domain) {
        JsonNode topic = DOCUMENT.at("/channels/" + AsyncApiDocument.channelKey(domain));
        JsonNode deadLetter = DOCUMENT.at("/channels/" + AsyncApiDocument.deadLetterChannelKey(domain));

        assertThat(topic.path("address").asText()).isEqualTo("kloss.{institution}." + domain.topicSegment() + ".v1");
        assertThat(deadLetter.path("address").asText())
                .isEqualTo("kloss.{institution}." + domain.topicSegment() + ".v1.dlq");
        assertThat(names(topic.path("messages"))).containsExactlyElementsOf(
                EventCatalog.of(domain).stream().map(EventType::name).toList());
        assertThat(names(deadLetter.path("messages"))).isEqualTo(names(topic.path("messages")));
    }

    @Test
    void everyParameterInAChannelAddressIsDeclaredOnTheChannel() {
        assertThat(DOCUMENT.path("channels").properties()).hasSize(2 * EventDomain.values().length)
                .allSatisfy(channel -> {
                    Matcher parameters = ADDRESS_PARAMETER.matcher(channel.getValue().path("address").asText());
                    while (parameters.find()) {
                        assertThat(resolve(channel.getValue().at("/parameters/" + parameters.group(1))).isObject())
                                .as(channel.getKey() + " declares " + parameters.group(1)).isTrue();
                    }
                    assertThat(channel.getValue().path("messages").isObject()).isTrue();
                });
        assertThat(DOCUMENT.at("/components/parameters/institution/description").asText())
                .contains(Topics.INSTITUTION_ID.pattern());
    }

    @ParameterizedTest
    @EnumSource(EventDomain.class)
    void producingServiceSendsEveryEventOfItsDomainOnTheDomainChannel(EventDomain domain) {
        JsonNode operation = DOCUMENT.at("/operations/" + AsyncApiDocument.operationKey(domain));
        String channelRef = "#/channels/" + AsyncApiDocument.channelKey(domain);

        assertThat(operation.path("action").asText()).isEqualTo("send");
        assertThat(operation.at("/channel/$ref").asText()).isEqualTo(channelRef);
        assertThat(resolve(operation.path("channel")).path("address").asText()).isEqualTo(Topics.addressTemplate(domain));
        List<String> messageRefs = new ArrayList<>();
        operation.path("messages").forEach(message -> messageRefs.add(message.path("$ref").asText()));
        assertThat(messageRefs).containsExactlyElementsOf(EventCatalog.of(domain).stream()
                .map(type -> channelRef + "/messages/" + type.name()).toList());
    }

    @Test
    void onlyTheDomainTopicsHaveOperations() {
        assertThat(DOCUMENT.path("operations").properties()).hasSize(EventDomain.values().length)
                .allSatisfy(operation -> assertThat(operation.getValue().path("action").asText()).isEqualTo("send"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalogue")
    void messagePayloadIsTheGeneratedSchemaOfItsType(EventType type) {
        JsonNode message = resolve(DOCUMENT.at("/channels/" + type.domain().topicSegment() + "/messages/" + type.name()));
        ObjectNode expected = new EventSchemaGenerator().schemaOf(type);
        expected.remove("$schema");

        assertThat(message.path("name").asText()).isEqualTo(type.name());
        assertThat(message.path("contentType").asText()).isEqualTo("application/json");
        assertThat(resolve(message.path("payload"))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalogue")
    void messageHeadersDescribeWhatTheKafkaMappingWrites(EventType type) {
        JsonNode message = DOCUMENT.at("/components/messages/" + type.name());
        EventEnvelope<?> envelope = EventEnvelope.wrap("lu", type.domain().producingService(), SampleEvents.of(type),
                Clock.fixed(Instant.parse("2026-01-20T10:00:00Z"), ZoneOffset.UTC));
        ProducerRecord<String, byte[]> record = CloudEventsKafkaMapping.toRecord(envelope);

        assertThat(JsonSchemas.errors(inlined(message.path("headers")), headersOf(record))).isEmpty();
        assertThat(JsonSchemas.errors(inlined(message.at("/bindings/kafka/key")),
                JsonNodeFactory.instance.textNode(record.key()))).isEmpty();
        assertThat(message.at("/bindings/kafka/bindingVersion").asText()).isEqualTo("0.5.0");
    }

    @Test
    void headersRequireEveryCloudEventsAttributeOfBinaryMode() {
        JsonNode headers = DOCUMENT.at("/components/schemas/" + AsyncApiDocument.HEADERS_SCHEMA);
        List<String> mandatory = List.of("ce_specversion", "ce_id", "ce_type", "ce_source", "ce_subject", "ce_time",
                "ce_institution", "ce_schemaversion", "content-type");

        // The tracing extension and the request id are documented but optional: not every event has a cause.
        assertThat(names(headers.path("properties"))).containsExactlyElementsOf(
                java.util.stream.Stream.concat(mandatory.stream(),
                        java.util.stream.Stream.of("ce_traceparent", "ce_tracestate", "ce_requestid")).toList());
        List<String> required = new ArrayList<>();
        headers.path("required").forEach(name -> required.add(name.asText()));
        assertThat(required).containsExactlyElementsOf(mandatory);
    }

    @Test
    void headersOfAnotherTypeOrVersionDoNotMatchAMessage() {
        JsonNode headersSchema = inlined(DOCUMENT.at("/components/messages/ExchangeStarted/headers"));
        EventType cancelled = EventCatalog.byCloudEventType("se.klossnet.exchange.ExchangeCancelled").orElseThrow();
        ObjectNode headers = headersOf(CloudEventsKafkaMapping.toRecord(EventEnvelope.wrap("lu", "exchange-service",
                SampleEvents.of(cancelled), Clock.systemUTC())));

        assertThat(JsonSchemas.errors(headersSchema, headers)).isNotEmpty();
    }

    @Test
    void everyReferenceResolvesInsideTheDocument() {
        List<String> refs = new ArrayList<>();
        collectRefs(DOCUMENT, refs);

        assertThat(refs).isNotEmpty().allSatisfy(ref -> {
            assertThat(ref).startsWith("#/");
            assertThat(DOCUMENT.at(ref.substring(1)).isMissingNode()).as(ref).isFalse();
        });
    }

    @Test
    void componentKeysAreValidAsyncApiIdentifiers() {
        DOCUMENT.path("components").properties().forEach(section ->
                assertThat(names(section.getValue())).allMatch(key -> COMPONENT_KEY.matcher(key).matches()));
    }

    private static ObjectNode headersOf(ProducerRecord<String, byte[]> record) {
        ObjectNode headers = JsonNodeFactory.instance.objectNode();
        for (Header header : record.headers()) {
            headers.put(header.key(), new String(header.value(), StandardCharsets.UTF_8));
        }
        return headers;
    }

    /** A copy with every {@code $ref} replaced by its target, so that it validates on its own. */
    private static JsonNode inlined(JsonNode node) {
        JsonNode copy = resolve(node).deepCopy();
        if (copy.isObject()) {
            ObjectNode object = (ObjectNode) copy;
            for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                field.setValue(inlined(field.getValue()));
            }
        } else if (copy.isArray()) {
            for (int i = 0; i < copy.size(); i++) {
                ((ArrayNode) copy).set(i, inlined(copy.get(i)));
            }
        }
        return copy;
    }

    private static JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        while (current.has("$ref")) {
            current = DOCUMENT.at(current.get("$ref").asText().substring(1));
        }
        return current;
    }

    private static void collectRefs(JsonNode node, List<String> refs) {
        if (node.has("$ref")) {
            refs.add(node.get("$ref").asText());
        }
        node.forEach(child -> collectRefs(child, refs));
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static JsonNode parse(String yaml) {
        try {
            return new YAMLMapper().readTree(yaml);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

package se.klossnet.events.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.klossnet.events.DomainEvent;
import se.klossnet.events.EventCatalog;
import se.klossnet.events.EventJson;
import se.klossnet.events.EventType;
import se.klossnet.events.SampleEvents;
import se.klossnet.events.call.ApplicationGranted;
import se.klossnet.events.exchange.ExchangePlanned;
import se.klossnet.events.followup.SurveyResponded;

class EventSchemaTest {

    private static final EventSchemaGenerator GENERATOR = new EventSchemaGenerator();

    static Stream<EventType> catalogue() {
        return SampleEvents.catalogue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalogue")
    void payloadThatEventJsonWritesValidatesAgainstTheGeneratedSchema(EventType type) {
        JsonNode payload = wireJson(SampleEvents.of(type));

        assertThat(JsonSchemas.errors(GENERATOR.schemaOf(type), payload)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalogue")
    void generatedSchemaIsAValidDraft202012Schema(EventType type) {
        ObjectNode schema = GENERATOR.schemaOf(type);

        assertThat(schema.get("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(JsonSchemas.metaSchemaErrors(schema)).isEmpty();
    }

    @Test
    void payloadWithoutARequiredFieldIsRejected() {
        ObjectNode payload = sampleJson(ExchangePlanned.class);
        payload.remove("participantPseudonym");

        assertThat(errorsOf(ExchangePlanned.class, payload)).singleElement().asString()
                .contains("required property 'participantPseudonym' not found");
    }

    @Test
    void requiredFieldSetToNullIsRejected() {
        ObjectNode payload = sampleJson(ExchangePlanned.class);
        payload.putNull("budgetSek");

        assertThat(errorsOf(ExchangePlanned.class, payload)).singleElement().asString()
                .contains("budgetSek").contains("null");
    }

    @Test
    void onlyComponentsDocumentedAsNullableMayBeNullOrMissing() {
        ObjectNode schema = GENERATOR.schemaOf(EventCatalog.typeOf(ExchangePlanned.class));

        assertThat(names(schema.get("required"))).containsExactly("exchangeId", "programmeId", "direction",
                "participantPseudonym", "host", "plannedStart", "plannedEnd", "extentPercent", "budgetSek");
        assertThat(names(schema.at("/properties/host/required"))).containsExactly("sector", "country");
        ObjectNode payload = sampleJson(ExchangePlanned.class);
        payload.remove("applicationId");
        ((ObjectNode) payload.get("host")).remove("region");
        assertThat(errorsOf(ExchangePlanned.class, payload)).isEmpty();
    }

    @Test
    void enumValueOutsideTheContractIsRejected() {
        ObjectNode payload = sampleJson(ApplicationGranted.class);
        payload.put("direction", "SIDEWAYS");

        assertThat(errorsOf(ApplicationGranted.class, payload)).singleElement().asString()
                .contains("direction").contains("enum");
    }

    @Test
    void nestedHostWithAnUnknownSectorIsRejected() {
        ObjectNode payload = sampleJson(ApplicationGranted.class);
        ((ObjectNode) payload.withArray("partners").get(0)).put("sector", "MILITARY");

        assertThat(errorsOf(ApplicationGranted.class, payload)).singleElement().asString()
                .contains("/partners/0/sector").contains("enumeration");
    }

    @Test
    void fieldThatIsNotInTheContractIsRejectedSoThatNothingExtraLeavesANode() {
        ObjectNode payload = sampleJson(ExchangePlanned.class);
        payload.put("participantEmail", "someone@kth.se");

        assertThat(errorsOf(ExchangePlanned.class, payload)).singleElement().asString()
                .contains("participantEmail");
    }

    @Test
    void dateThatIsNotIsoIsRejected() {
        ObjectNode payload = sampleJson(ExchangePlanned.class);
        payload.put("plannedStart", "01/09/2025");

        assertThat(errorsOf(ExchangePlanned.class, payload)).singleElement().asString()
                .contains("plannedStart").contains("date");
    }

    @Test
    void surveyScoreMustBeAnInteger() {
        ObjectNode payload = sampleJson(SurveyResponded.class);
        payload.with("scores").put("mutual-value", "very good");

        assertThat(errorsOf(SurveyResponded.class, payload)).singleElement().asString()
                .contains("/scores/mutual-value").contains("integer expected");
    }

    private static ObjectNode sampleJson(Class<?> recordClass) {
        return (ObjectNode) wireJson(SampleEvents.of(EventCatalog.typeOf(recordClass)));
    }

    /** The payload as it is on the wire, not as Jackson would convert it in memory. */
    private static JsonNode wireJson(DomainEvent event) {
        try {
            return EventJson.mapper().readTree(EventJson.write(event));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> errorsOf(Class<?> recordClass, JsonNode payload) {
        return JsonSchemas.errors(GENERATOR.schemaOf(EventCatalog.typeOf(recordClass)), payload);
    }

    private static List<String> names(JsonNode array) {
        List<String> names = new ArrayList<>();
        array.forEach(node -> names.add(node.asText()));
        return names;
    }
}

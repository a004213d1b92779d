package se.klossnet.events.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static se.klossnet.events.kafka.KafkaRecords.header;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.klossnet.events.DomainEvent;
import se.klossnet.events.EventCatalog;
import se.klossnet.events.EventEnvelope;
import se.klossnet.events.EventJson;
import se.klossnet.events.EventType;
import se.klossnet.events.SampleEvents;

class EventRoundTripTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-09-01T07:15:42.123456789Z"), ZoneOffset.UTC);
    private static final String INSTITUTION = "mau";

    static Stream<EventType> catalogue() {
        return SampleEvents.catalogue();
    }

    @Test
    void everyCatalogueTypeHasExactlyOneSample() {
        assertThat(SampleEvents.all().keySet())
                .containsExactlyInAnyOrderElementsOf(EventCatalog.all().stream().map(EventType::recordClass).toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalogue")
    void consumerReadsBackTheEnvelopeAndPayloadThatTheProducerSent(EventType type) {
        DomainEvent sample = SampleEvents.of(type);
        EventEnvelope<DomainEvent> sent = wrap(type, sample);

        EventEnvelope<DomainEvent> received =
                CloudEventsKafkaMapping.fromRecord(KafkaRecords.consumed(CloudEventsKafkaMapping.toRecord(sent)));

        assertThat(received).isEqualTo(sent);
        assertThat(received.data()).isEqualTo(sample).isInstanceOf(type.recordClass());
        assertThat(received.eventType()).isEqualTo(type);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalogue")
    void recordIsInBinaryModeWithCeHeadersTheAggregateIdAsKeyAndTheDomainTopic(EventType type) throws IOException {
        DomainEvent sample = SampleEvents.of(type);
        EventEnvelope<DomainEvent> sent = wrap(type, sample);

        ProducerRecord<String, byte[]> produced = CloudEventsKafkaMapping.toRecord(sent);
        ConsumerRecord<String, byte[]> record = KafkaRecords.consumed(produced);

        assertThat(produced.topic()).isEqualTo("kloss.mau." + type.domain().topicSegment() + ".v1");
        assertThat(produced.key()).isEqualTo(sample.aggregateId()).isNotBlank();
        assertThat(header(record, "ce_specversion")).isEqualTo("1.0");
        assertThat(header(record, "ce_id")).isEqualTo(sent.id().toString());
        assertThat(header(record, "ce_type")).isEqualTo("se.klossnet." + type.domain().topicSegment() + "." + type.name());
        assertThat(header(record, "ce_source"))
                .isEqualTo("/institutions/mau/" + type.domain().producingService());
        assertThat(header(record, "ce_subject")).isEqualTo(sample.aggregateId());
        assertThat(Instant.parse(header(record, "ce_time"))).isEqualTo(Instant.parse("2025-09-01T07:15:42.123456Z"));
        assertThat(header(record, "ce_institution")).isEqualTo(INSTITUTION);
        assertThat(header(record, "ce_schemaversion")).isEqualTo(Integer.toString(type.schemaVersion()));
        assertThat(header(record, "content-type")).isEqualTo("application/json");

        assertThat(produced.value()).isEqualTo(EventJson.write(sample));
        JsonNode value = EventJson.mapper().readTree(produced.value());
        assertThat(value.isObject()).isTrue();
        assertThat(value.has("specversion")).as("binary mode: the value is the bare payload").isFalse();
    }

    private static EventEnvelope<DomainEvent> wrap(EventType type, DomainEvent sample) {
        return EventEnvelope.wrap(INSTITUTION, type.domain().producingService(), sample, CLOCK);
    }
}

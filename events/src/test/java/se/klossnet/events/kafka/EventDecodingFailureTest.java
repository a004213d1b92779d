package se.klossnet.events.kafka;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;
import se.klossnet.events.EventCatalog;
import se.klossnet.events.EventDecodingException;
import se.klossnet.events.EventEnvelope;
import se.klossnet.events.SampleEvents;
import se.klossnet.events.call.ApplicationGranted;
import se.klossnet.events.exchange.ExchangeStarted;

/** Records that are not events of the contract are rejected with a reason, so that they go to the DLQ. */
class EventDecodingFailureTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-09-01T07:15:42Z"), ZoneOffset.UTC);

    private final ProducerRecord<String, byte[]> started = CloudEventsKafkaMapping.toRecord(EventEnvelope.wrap("kth",
            "exchange-service", new ExchangeStarted(SampleEvents.EXCHANGE, LocalDate.of(2025, 9, 1)), CLOCK));

    @Test
    void recordWithoutCloudEventsHeadersIsNotACloudEvent() {
        ConsumerRecord<String, byte[]> plain = KafkaRecords.consumed(started.topic(), started.key(), new RecordHeaders(),
                started.value());

        assertThatThrownBy(() -> CloudEventsKafkaMapping.fromRecord(plain))
                .isInstanceOf(EventDecodingException.class)
                .hasMessageStartingWith("not a CloudEvent in Kafka binary mode");
    }

    @Test
    void unknownTypeIsNamedInTheError() {
        ConsumerRecord<String, byte[]> record =
                KafkaRecords.withHeader(started, "ce_type", "se.klossnet.exchange.ExchangeTeleported");

        assertThatThrownBy(() -> CloudEventsKafkaMapping.fromRecord(record))
                .isInstanceOf(EventDecodingException.class)
                .hasMessageContaining("unknown event type se.klossnet.exchange.ExchangeTeleported");
    }

    @Test
    void newerSchemaVersionIsUnsupportedAndSaysWhichVersionThisConsumerReads() {
        ConsumerRecord<String, byte[]> record = KafkaRecords.withHeader(started, "ce_schemaversion", "2");

        assertThatThrownBy(() -> CloudEventsKafkaMapping.fromRecord(record))
                .isInstanceOf(EventDecodingException.class)
                .hasMessageContaining("unsupported schema version 2 of ExchangeStarted")
                .hasMessageContaining("reads version 1");
    }

    @Test
    void schemaVersionThatIsNotANumberIsRejected() {
        ConsumerRecord<String, byte[]> record = KafkaRecords.withHeader(started, "ce_schemaversion", "v1");

        assertThatThrownBy(() -> CloudEventsKafkaMapping.fromRecord(record))
                .isInstanceOf(EventDecodingException.class)
                .hasMessageContaining("schema version is not a number: v1");
    }

    @Test
    void valueThatIsNotJsonIsNotAValidPayload() {
        ConsumerRecord<String, byte[]> record = KafkaRecords.withValue(started, "started on 1 September");

        assertThatThrownBy(() -> CloudEventsKafkaMapping.fromRecord(record))
                .isInstanceOf(EventDecodingException.class)
                .hasMessageStartingWith("payload is not a valid ExchangeStarted");
    }

    @Test
    void payloadWithAWrongTypeForAFieldNamesTheTypeAndTheValue() {
        ConsumerRecord<String, byte[]> record =
                KafkaRecords.withValue(started, "{\"exchangeId\":\"exc-1\",\"startedOn\":\"first of September\"}");

        assertThatThrownBy(() -> CloudEventsKafkaMapping.fromRecord(record))
                .isInstanceOf(EventDecodingException.class)
                .hasMessageStartingWith("payload is not a valid ExchangeStarted")
                .hasMessageContaining("first of September");
    }

    @Test
    void payloadMissingARequiredFieldNamesTheField() {
        ConsumerRecord<String, byte[]> record = KafkaRecords.withValue(started, "{\"exchangeId\":\"exc-1\"}");

        assertThatThrownBy(() -> CloudEventsKafkaMapping.fromRecord(record))
                .isInstanceOf(EventDecodingException.class)
                .hasMessage("payload is not a valid ExchangeStarted: required field 'startedOn' is missing or null");
    }

    @Test
    void payloadWithANullInsideANestedRequiredFieldNamesItsPath() {
        ProducerRecord<String, byte[]> granted = CloudEventsKafkaMapping.toRecord(EventEnvelope.wrap("kth",
                "call-service", SampleEvents.of(EventCatalog.typeOf(ApplicationGranted.class)),
                CLOCK));
        String json = new String(granted.value(), StandardCharsets.UTF_8)
                .replaceFirst("\"sector\":\"PUBLIC\"", "\"sector\":null");
        ConsumerRecord<String, byte[]> record = KafkaRecords.withValue(granted, json);

        assertThatThrownBy(() -> CloudEventsKafkaMapping.fromRecord(record))
                .isInstanceOf(EventDecodingException.class)
                .hasMessage("payload is not a valid ApplicationGranted: required field 'partners[0].sector' is missing"
                        + " or null");
    }

    @Test
    void payloadThatIsJsonNullIsRejected() {
        ConsumerRecord<String, byte[]> record = KafkaRecords.withValue(started, "null");

        assertThatThrownBy(() -> CloudEventsKafkaMapping.fromRecord(record))
                .isInstanceOf(EventDecodingException.class)
                .hasMessage("payload of ExchangeStarted is JSON null");
    }
}

package se.klossnet.events.kafka;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;

/** What a consumer would receive for a produced record, without a broker in between. */
final class KafkaRecords {

    private KafkaRecords() {
    }

    static ConsumerRecord<String, byte[]> consumed(ProducerRecord<String, byte[]> produced) {
        return consumed(produced.topic(), produced.key(), new RecordHeaders(produced.headers().toArray()),
                produced.value());
    }

    static ConsumerRecord<String, byte[]> consumed(String topic, String key, RecordHeaders headers, byte[] value) {
        return new ConsumerRecord<>(topic, 0, 42L, 1_700_000_000_000L, TimestampType.CREATE_TIME,
                key == null ? -1 : key.length(), value == null ? -1 : value.length, key, value, headers,
                Optional.empty());
    }

    /** The record with one header replaced, as a producer outside this contract might send it. */
    static ConsumerRecord<String, byte[]> withHeader(ProducerRecord<String, byte[]> produced, String name, String value) {
        RecordHeaders headers = new RecordHeaders(produced.headers().toArray());
        headers.remove(name);
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
        return consumed(produced.topic(), produced.key(), headers, produced.value());
    }

    static ConsumerRecord<String, byte[]> withValue(ProducerRecord<String, byte[]> produced, String json) {
        return consumed(produced.topic(), produced.key(), new RecordHeaders(produced.headers().toArray()),
                json.getBytes(StandardCharsets.UTF_8));
    }

    static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}

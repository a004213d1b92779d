package se.klossnet.platform.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import se.klossnet.events.Topics;

/**
 * Parks a record that cannot be handled on {@code <topic>.dlq}: the original key, value and headers, plus headers
 * that say why, where it came from and who gave up on it. Sending is synchronous, so the consumer commits its
 * offset only once the record is safe in the dead-letter topic.
 */
public final class DeadLetters {

    public static final String REASON = "kloss-dlq-reason";
    public static final String EXCEPTION = "kloss-dlq-exception";
    public static final String ORIGINAL_TOPIC = "kloss-dlq-topic";
    public static final String ORIGINAL_PARTITION = "kloss-dlq-partition";
    public static final String ORIGINAL_OFFSET = "kloss-dlq-offset";
    public static final String CONSUMER = "kloss-dlq-consumer";
    public static final String FAILED_AT = "kloss-dlq-failed-at";

    private final KafkaProducer<String, byte[]> producer;
    private final String consumer;
    private final MeterRegistry meters;

    DeadLetters(KafkaProducer<String, byte[]> producer, String consumer, MeterRegistry meters) {
        this.producer = producer;
        this.consumer = consumer;
        this.meters = meters;
    }

    void park(ConsumerRecord<String, byte[]> record, Throwable error) throws InterruptedException {
        String topic = Topics.deadLetterOf(record.topic());
        ProducerRecord<String, byte[]> dead = new ProducerRecord<>(topic, null, record.key(), record.value());
        record.headers().forEach(h -> dead.headers().add(h));
        Headers headers = dead.headers();
        put(headers, REASON, reason(error));
        put(headers, EXCEPTION, error.getClass().getName());
        put(headers, ORIGINAL_TOPIC, record.topic());
        put(headers, ORIGINAL_PARTITION, Integer.toString(record.partition()));
        put(headers, ORIGINAL_OFFSET, Long.toString(record.offset()));
        put(headers, CONSUMER, consumer);
        put(headers, FAILED_AT, Instant.now().toString());
        try {
            producer.send(dead).get(30, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot park a record of " + record.topic() + " on " + topic, e);
        }
        meters.counter("kloss.consumer.dead.lettered", "consumer", consumer, "topic", record.topic()).increment();
    }

    private static String reason(Throwable error) {
        String message = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        return message.length() > 1000 ? message.substring(0, 1000) : message;
    }

    private static void put(Headers headers, String key, String value) {
        headers.remove(key);
        headers.add(key, value.getBytes(StandardCharsets.UTF_8));
    }
}

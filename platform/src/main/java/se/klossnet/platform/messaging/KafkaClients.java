package se.klossnet.platform.messaging;

import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Creates Kafka clients from the service's {@code kafka.*} configuration (bootstrap servers, and the SASL settings
 * of a secured network), with the settings that our delivery guarantees depend on fixed here, not left to each
 * service.
 */
@ApplicationScoped
public class KafkaClients {

    private final Map<String, Object> common;

    public KafkaClients(@Identifier("default-kafka-broker") Map<String, Object> kafkaConfig) {
        this.common = new HashMap<>();
        kafkaConfig.forEach((key, value) -> {
            // Quarkus also exposes its own settings under kafka.*; only pass on what a Kafka client knows.
            if (!key.startsWith("devservices") && !key.startsWith("health") && !key.startsWith("snappy")) {
                common.put(key, value);
            }
        });
    }

    /** An idempotent producer that waits for all in-sync replicas: no duplicates from retries, no loss on failover. */
    public KafkaProducer<String, byte[]> reliableProducer(String clientId, int deliveryTimeoutMs) {
        Map<String, Object> p = new HashMap<>(common);
        p.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        p.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        p.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        // delivery.timeout.ms must cover linger.ms + request.timeout.ms
        p.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, Math.max(1_000, Math.min(10_000, deliveryTimeoutMs / 2)));
        p.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, deliveryTimeoutMs);
        p.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, Math.min(10_000, deliveryTimeoutMs));
        return new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer());
    }

    /** A consumer whose offsets we commit ourselves, after the effect of a record has been committed. */
    public KafkaConsumer<String, byte[]> manualCommitConsumer(String groupId, String clientId) {
        return manualCommitConsumer(groupId, clientId, 200);
    }

    /** As {@link #manualCommitConsumer(String, String)}, with up to {@code maxPollRecords} records per poll. */
    public KafkaConsumer<String, byte[]> manualCommitConsumer(String groupId, String clientId, int maxPollRecords) {
        Map<String, Object> p = new HashMap<>(common);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        p.put(ConsumerConfig.CLIENT_ID_CONFIG, clientId);
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, maxPollRecords);
        // A new institution's topics are picked up by a pattern subscription within this time.
        p.putIfAbsent(ConsumerConfig.METADATA_MAX_AGE_CONFIG, 10_000);
        return new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer());
    }
}

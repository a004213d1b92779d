package se.klossnet.system.chaos;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import se.klossnet.events.DomainEvent;
import se.klossnet.events.EventEnvelope;
import se.klossnet.events.Topics;
import se.klossnet.events.exchange.ExchangeStarted;
import se.klossnet.events.kafka.CloudEventsKafkaMapping;
import se.klossnet.system.Network;

/**
 * Poison for the consumers: records a node could write to its own topic by mistake — bytes that are no CloudEvent,
 * an event type no catalogue knows, a known type at a schema version nobody reads. Each consumer must park them on
 * {@code <topic>.dlq} and go on. Written with the node's own Kafka credentials; each record's key is unique to the
 * run, so that its dead letters can be found again.
 */
final class PoisonMessages {

    /** One poison record: its kind, topic and unique key. */
    record Poison(String kind, String topic, String key) {
    }

    private PoisonMessages() {
    }

    static List<Poison> inject(List<String> institutions, String runId) throws Exception {
        List<Poison> injected = new ArrayList<>();
        for (String institution : institutions) {
            String topic = "kloss." + institution + ".exchange.v1";
            Properties p = Network.kafka("node-" + Network.nodeOf(institution));
            p.put("acks", "all");
            p.put("max.block.ms", "20000");
            p.put("request.timeout.ms", "10000");
            p.put("delivery.timeout.ms", "30000");
            try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer())) {
                String base = "chaos-poison-" + runId + "-" + institution;
                byte[] garbage = new byte[64];
                new Random(runId.hashCode()).nextBytes(garbage);
                ProducerRecord<String, byte[]> bytes = new ProducerRecord<>(topic, base + "-bytes", garbage);
                ProducerRecord<String, byte[]> unknown = valid(institution, base + "-type");
                unknown.headers().remove("ce_type");
                unknown.headers().add("ce_type", "se.klossnet.exchange.ExchangeTeleported".getBytes(StandardCharsets.UTF_8));
                ProducerRecord<String, byte[]> version = valid(institution, base + "-version");
                version.headers().remove("ce_schemaversion");
                version.headers().add("ce_schemaversion", "99".getBytes(StandardCharsets.UTF_8));
                for (var entry : Map.of("bad bytes", bytes, "unknown type", unknown, "wrong schema version", version).entrySet()) {
                    producer.send(entry.getValue()).get(30, TimeUnit.SECONDS);
                    injected.add(new Poison(entry.getKey(), topic, entry.getValue().key()));
                }
            }
        }
        return injected;
    }

    /** A well-formed ExchangeStarted whose subject (the record key) is {@code key}. */
    private static ProducerRecord<String, byte[]> valid(String institution, String key) {
        EventEnvelope<DomainEvent> envelope = EventEnvelope.wrap(institution, "exchange-service",
                new ExchangeStarted(key, LocalDate.now()), Clock.systemUTC());
        return CloudEventsKafkaMapping.toRecord(envelope);
    }

    /**
     * How often each poison was parked, by the consumer group that parked it (the {@code kloss-dlq-consumer} header):
     * key → group → count. Reads the dead-letter topics from the start as the hub, which may read every topic.
     */
    static Map<String, Map<String, Integer>> parked(List<Poison> poisons) {
        Map<String, Map<String, Integer>> byKey = new HashMap<>();
        poisons.forEach(p -> byKey.put(p.key(), new HashMap<>()));
        Properties p = Network.kafka("hub");
        p.put("enable.auto.commit", "false");
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : poisons.stream().map(x -> Topics.deadLetterOf(x.topic())).distinct().toList()) {
                consumer.partitionsFor(topic, Duration.ofSeconds(20))
                        .forEach(info -> partitions.add(new TopicPartition(info.topic(), info.partition())));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(20));
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (partitions.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp)) && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    Map<String, Integer> groups = byKey.get(record.key());
                    if (groups != null) {
                        var header = record.headers().lastHeader("kloss-dlq-consumer");
                        String group = header == null ? "?" : new String(header.value(), StandardCharsets.UTF_8);
                        groups.merge(group, 1, Integer::sum);
                    }
                }
            }
        }
        return byKey;
    }
}

package se.klossnet.reporting.testing;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Produces records into the real broker, as the institutions' outbox relays would. Topics are created before the
 * first record goes to them (3 partitions, kept forever, as deploy/local/kafka/KafkaSetup.java creates them), so
 * no record races a topic's auto-creation; every send is checked (by its callback), so a lost record fails the
 * test at the next send or flush.
 */
public final class EventFeed implements AutoCloseable, Consumer<ProducerRecord<String, byte[]>> {

    private final KafkaProducer<String, byte[]> producer;
    private final Admin admin;
    private final Set<String> topics = new HashSet<>();
    private final AtomicReference<Exception> failure = new AtomicReference<>();
    private final Callback onAck = (metadata, error) -> {
        if (error != null) {
            failure.compareAndSet(null, error);
        }
    };
    private long sent;

    public EventFeed(String bootstrapServers) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        // One request in flight: a retry after a just-created partition's NOT_LEADER_OR_FOLLOWER can then never
        // overtake a later batch, which an idempotent producer would answer with OutOfOrderSequenceException.
        p.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 1);
        // Large batches: a benchmark puts millions of records on the topics, and a request carries up to 1 MB.
        p.put(ProducerConfig.LINGER_MS_CONFIG, 10);
        p.put(ProducerConfig.BATCH_SIZE_CONFIG, 512 * 1024);
        p.put(ProducerConfig.BUFFER_MEMORY_CONFIG, 64L * 1024 * 1024);
        producer = new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer());
        admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers));
    }

    public static void produce(String bootstrapServers, Collection<ProducerRecord<String, byte[]>> records) {
        try (EventFeed feed = new EventFeed(bootstrapServers)) {
            records.forEach(feed);
        }
    }

    @Override
    public void accept(ProducerRecord<String, byte[]> record) {
        if (topics.add(record.topic())) {
            createTopic(record.topic());
        }
        failIfAnyFailed();
        producer.send(record, onAck); // blocks while the producer's buffer is full
        sent++;
    }

    /** Records sent so far. */
    public long sent() {
        return sent;
    }

    /** Waits until every record sent so far is acknowledged; fails when any was not. */
    public void flush() {
        producer.flush();
        failIfAnyFailed();
    }

    private void failIfAnyFailed() {
        Exception error = failure.get();
        if (error != null) {
            throw new IllegalStateException("producing test events failed", error);
        }
    }

    private void createTopic(String topic) {
        try {
            admin.createTopics(List.of(new NewTopic(topic, 3, (short) 1).configs(Map.of("retention.ms", "-1"))))
                    .all().get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("cannot create " + topic, e);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("cannot create " + topic, e);
        }
        producer.partitionsFor(topic); // waits for the producer to see the new topic's leaders
    }

    @Override
    public void close() {
        try {
            flush();
        } finally {
            producer.close();
            admin.close();
        }
    }
}

package se.klossnet.reporting.health;

import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.jboss.logging.Logger;
import se.klossnet.events.Topics;

/**
 * Reads the broker's offsets with an admin client: per domain topic, how far the hub's consumer group is behind the
 * end (lag), and per dead-letter topic, how many records it holds.
 */
@ApplicationScoped
public class TopicOffsets {

    private static final Logger LOG = Logger.getLogger(TopicOffsets.class);
    private static final Pattern DEAD_LETTER_TOPICS = Pattern.compile(Topics.ALL_DOMAIN_TOPICS.pattern()
            + Pattern.quote(Topics.DEAD_LETTER_SUFFIX));

    /**
     * @param lag         domain topic to the records the group has not consumed yet
     * @param deadLetters dead-letter topic to the records on it
     */
    public record Snapshot(Map<String, Long> lag, Map<String, Long> deadLetters) {
    }

    private final Map<String, Object> kafkaConfig;
    private final HealthConfig config;
    private Admin admin;

    public TopicOffsets(@Identifier("default-kafka-broker") Map<String, Object> kafkaConfig, HealthConfig config) {
        this.kafkaConfig = kafkaConfig;
        this.config = config;
    }

    /** The offsets now; null when the broker does not answer in time. */
    public Snapshot read(String consumerGroup) {
        long timeout = config.kafkaTimeout().toMillis();
        try {
            Admin client = admin();
            List<String> topics = client.listTopics().names().get(timeout, TimeUnit.MILLISECONDS).stream()
                    .filter(t -> Topics.ALL_DOMAIN_TOPICS.matcher(t).matches() || DEAD_LETTER_TOPICS.matcher(t).matches())
                    .sorted().toList();
            if (topics.isEmpty()) {
                return new Snapshot(Map.of(), Map.of());
            }
            Map<String, TopicDescription> described = client.describeTopics(topics).allTopicNames()
                    .get(timeout, TimeUnit.MILLISECONDS);
            List<TopicPartition> partitions = described.values().stream()
                    .flatMap(d -> d.partitions().stream().map(p -> new TopicPartition(d.name(), p.partition())))
                    .toList();
            Map<TopicPartition, Long> ends = offsets(client, partitions, OffsetSpec.latest(), timeout);
            Map<TopicPartition, Long> starts = offsets(client, partitions, OffsetSpec.earliest(), timeout);
            Map<TopicPartition, OffsetAndMetadata> committed = client.listConsumerGroupOffsets(consumerGroup)
                    .partitionsToOffsetAndMetadata().get(timeout, TimeUnit.MILLISECONDS);
            Map<String, Long> lag = new HashMap<>();
            Map<String, Long> deadLetters = new HashMap<>();
            for (TopicPartition partition : partitions) {
                long end = ends.get(partition);
                if (Topics.ALL_DOMAIN_TOPICS.matcher(partition.topic()).matches()) {
                    OffsetAndMetadata done = committed.get(partition);
                    long position = done == null ? starts.get(partition) : done.offset();
                    lag.merge(partition.topic(), Math.max(0, end - position), Long::sum);
                } else {
                    deadLetters.merge(partition.topic(), end - starts.get(partition), Long::sum);
                }
            }
            return new Snapshot(lag, deadLetters);
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            LOG.warnf("cannot read topic offsets: %s", e.toString());
            return null;
        }
    }

    private static Map<TopicPartition, Long> offsets(Admin client, List<TopicPartition> partitions, OffsetSpec spec,
                                                     long timeout) throws Exception {
        Map<TopicPartition, OffsetSpec> request = partitions.stream()
                .collect(Collectors.toMap(Function.identity(), p -> spec));
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> result = client.listOffsets(request).all()
                .get(timeout, TimeUnit.MILLISECONDS);
        Map<TopicPartition, Long> offsets = new HashMap<>();
        result.forEach((partition, info) -> offsets.put(partition, info.offset()));
        return offsets;
    }

    private synchronized Admin admin() {
        if (admin == null) {
            Map<String, Object> properties = new HashMap<>();
            kafkaConfig.forEach((key, value) -> {
                // Quarkus also exposes its own settings under kafka.*; only pass on what a Kafka client knows.
                if (!key.startsWith("devservices") && !key.startsWith("health") && !key.startsWith("snappy")) {
                    properties.put(key, value);
                }
            });
            properties.put("client.id", "reporting-service-health");
            properties.put("request.timeout.ms", (int) config.kafkaTimeout().toMillis());
            properties.put("default.api.timeout.ms", (int) Math.max(config.kafkaTimeout().toMillis(), 1000));
            admin = Admin.create(properties);
        }
        return admin;
    }

    synchronized void close(@Observes ShutdownEvent event) {
        if (admin != null) {
            admin.close(Duration.ofSeconds(5));
            admin = null;
        }
    }
}

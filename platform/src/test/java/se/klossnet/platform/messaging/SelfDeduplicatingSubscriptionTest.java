package se.klossnet.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.klossnet.events.Direction;
import se.klossnet.events.EventEnvelope;
import se.klossnet.events.FundingSource;
import se.klossnet.events.call.ProgrammeCreated;
import se.klossnet.events.kafka.CloudEventsKafkaMapping;
import se.klossnet.platform.testapp.SelfDeduplicatingSubscription;
import se.klossnet.testing.RealInfrastructure;
import se.klossnet.testing.TopicProbe;

/**
 * A subscription that de-duplicates itself ({@link EventSubscription#deduplicatesItself()}) gets no inbox rows, is
 * handed repeats (within a batch and redelivered later), and still has each effect exactly once; a poison or
 * undecodable record in its batch goes to the DLQ alone. Each test writes to a topic of its own.
 */
@QuarkusTest
@QuarkusTestResource(RealInfrastructure.class)
class SelfDeduplicatingSubscriptionTest {

    @Inject
    AgroalDataSource dataSource;

    private KafkaProducer<String, byte[]> producer;
    private String institution;

    @BeforeEach
    void producer() {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, RealInfrastructure.kafka().bootstrapServers());
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        producer = new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer());
        institution = "dedup" + (System.nanoTime() % 1_000_000_000L);
    }

    @AfterEach
    void close() {
        producer.close();
    }

    private EventEnvelope<ProgrammeCreated> event(String name) {
        return EventEnvelope.wrap(institution, "test-producer", new ProgrammeCreated("p-" + name, name,
                Direction.INBOUND, FundingSource.OWN_FUNDS, List.of(), BigDecimal.TEN), Clock.systemUTC());
    }

    @Test
    void repeatsReachTheSubscriptionAndChangeNothingAndNoInboxRowIsWritten() throws Exception {
        List<EventEnvelope<ProgrammeCreated>> events = IntStream.range(0, 30)
                .mapToObj(i -> event(institution + "-" + i)).toList();
        for (EventEnvelope<ProgrammeCreated> e : events) {
            producer.send(CloudEventsKafkaMapping.toRecord(e));
        }
        producer.send(CloudEventsKafkaMapping.toRecord(events.get(3))).get(); // a repeat within the batch
        String applied = "SELECT count(*) FROM applied_event WHERE name LIKE '" + institution + "-%'";
        await().atMost(Duration.ofSeconds(60)).until(() -> count(applied) == 30);

        // A redelivery after the first batch was committed: the same ten records again, in a later poll.
        for (EventEnvelope<ProgrammeCreated> e : events.subList(0, 10)) {
            producer.send(CloudEventsKafkaMapping.toRecord(e));
        }
        producer.flush();
        String ids = events.stream().map(e -> "'" + e.id() + "'").reduce((a, b) -> a + "," + b).orElseThrow();
        await().atMost(Duration.ofSeconds(60))
                .until(() -> count("SELECT count(*) FROM offered_event WHERE event_id IN (" + ids + ")") >= 41);

        assertThat(count(applied)).as("each event applied once").isEqualTo(30);
        assertThat(count("SELECT count(*) FROM kloss_inbox WHERE consumer = '" + SelfDeduplicatingSubscription.NAME
                + "'")).as("inbox rows of a subscription that de-duplicates itself").isZero();
    }

    @Test
    void aPoisonAndAnUndecodableRecordGoToTheDeadLetterTopicAloneAndTheRestIsAppliedOnce() throws Exception {
        String topic = "kloss." + institution + ".call.v1";
        for (int i = 0; i < 10; i++) {
            producer.send(CloudEventsKafkaMapping.toRecord(event("good-" + institution + "-" + i)));
        }
        producer.send(new ProducerRecord<>(topic, "garbage", "{not json".getBytes(StandardCharsets.UTF_8)));
        EventEnvelope<ProgrammeCreated> poison = event("poison");
        producer.send(CloudEventsKafkaMapping.toRecord(poison));
        for (int i = 10; i < 20; i++) {
            producer.send(CloudEventsKafkaMapping.toRecord(event("good-" + institution + "-" + i)));
        }
        producer.flush();

        String good = "SELECT count(*) FROM applied_event WHERE name LIKE 'good-" + institution + "-%'";
        await().atMost(Duration.ofSeconds(60)).until(() -> count(good) == 20);
        assertThat(count("SELECT count(*) FROM applied_event WHERE event_id = '" + poison.id() + "'")).isZero();
        try (TopicProbe probe = TopicProbe.of(RealInfrastructure.kafka().bootstrapServers(), topic + ".dlq")) {
            List<ConsumerRecord<String, byte[]>> dead = probe.awaitRecords(2, Duration.ofSeconds(20), r -> true);
            assertThat(dead).extracting(ConsumerRecord::key).containsExactlyInAnyOrder("garbage", "p-poison");
        }
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> count(good) == 20);
    }

    private long count(String sql) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}

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
import se.klossnet.platform.testapp.RecordingSubscription;
import se.klossnet.testing.RealInfrastructure;
import se.klossnet.testing.TopicProbe;

@QuarkusTest
@QuarkusTestResource(RealInfrastructure.class)
class SubscriptionTest {

    @Inject
    AgroalDataSource dataSource;

    private KafkaProducer<String, byte[]> producer;

    @BeforeEach
    void producer() {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, RealInfrastructure.kafka().bootstrapServers());
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        producer = new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer());
    }

    @AfterEach
    void close() {
        producer.close();
    }

    private static EventEnvelope<ProgrammeCreated> event(String name) {
        return event("p-" + name, name);
    }

    private static EventEnvelope<ProgrammeCreated> event(String key, String name) {
        return EventEnvelope.wrap("sub", "test-producer", new ProgrammeCreated(key, name, Direction.INBOUND,
                FundingSource.OWN_FUNDS, List.of(), BigDecimal.TEN), Clock.systemUTC());
    }

    private void send(ProducerRecord<String, byte[]> record) throws Exception {
        producer.send(record).get();
    }

    @Test
    void theSameEventDeliveredTwiceHasOneEffect() throws Exception {
        EventEnvelope<ProgrammeCreated> twice = event("twice");
        EventEnvelope<ProgrammeCreated> marker = event("p-twice", "after-twice");
        send(CloudEventsKafkaMapping.toRecord(twice));
        send(CloudEventsKafkaMapping.toRecord(twice));
        send(CloudEventsKafkaMapping.toRecord(marker));

        // The marker has the same key, so it is handled after both copies of the repeated event.
        await().atMost(Duration.ofSeconds(30)).until(() -> count("SELECT count(*) FROM handled_event WHERE name = 'after-twice'") == 1);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                .until(() -> count("SELECT count(*) FROM handled_event WHERE name = 'twice'") == 1);
        assertThat(count("SELECT count(*) FROM kloss_inbox WHERE event_id = '" + twice.id() + "'")).isEqualTo(1);
    }

    @Test
    void aPoisonMessageGoesToTheDeadLetterTopicAndTheNextGoodOneIsStillHandled() throws Exception {
        String topic = RecordingSubscription.TOPIC;
        // 1: not a CloudEvent at all; 2: a valid event the handler refuses; 3: a good one behind them.
        send(new ProducerRecord<>(topic, "garbage", "{not json".getBytes(StandardCharsets.UTF_8)));
        EventEnvelope<ProgrammeCreated> poison = event("poison");
        send(CloudEventsKafkaMapping.toRecord(poison));
        EventEnvelope<ProgrammeCreated> good = event("good-after-poison");
        send(CloudEventsKafkaMapping.toRecord(good));

        await().atMost(Duration.ofSeconds(30))
                .until(() -> count("SELECT count(*) FROM handled_event WHERE name = 'good-after-poison'") == 1);
        assertThat(count("SELECT count(*) FROM handled_event WHERE name = 'poison'")).isZero();

        try (TopicProbe probe = TopicProbe.of(RealInfrastructure.kafka().bootstrapServers(), topic + ".dlq")) {
            List<ConsumerRecord<String, byte[]>> dead = probe.awaitRecords(2, Duration.ofSeconds(20),
                    r -> "garbage".equals(r.key()) || "p-poison".equals(r.key()));
            assertThat(dead).extracting(ConsumerRecord::key).containsExactlyInAnyOrder("garbage", "p-poison");
            ConsumerRecord<String, byte[]> garbage = dead.stream().filter(r -> "garbage".equals(r.key())).findFirst().orElseThrow();
            assertThat(header(garbage, DeadLetters.REASON)).contains("not a CloudEvent");
            assertThat(header(garbage, DeadLetters.ORIGINAL_TOPIC)).isEqualTo(topic);
            assertThat(header(garbage, DeadLetters.CONSUMER)).isEqualTo("kth-mau.platform-test.recording");
            assertThat(new String(garbage.value(), StandardCharsets.UTF_8)).isEqualTo("{not json");
            ConsumerRecord<String, byte[]> refused = dead.stream().filter(r -> "p-poison".equals(r.key())).findFirst().orElseThrow();
            assertThat(header(refused, DeadLetters.REASON)).contains("breaks a rule");
            assertThat(header(refused, "ce_id")).isEqualTo(poison.id().toString());
        }
    }

    private static String header(ConsumerRecord<String, byte[]> r, String key) {
        var h = r.headers().lastHeader(key);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    private long count(String sql) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}

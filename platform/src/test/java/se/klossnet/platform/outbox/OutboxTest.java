package se.klossnet.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionalException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import se.klossnet.events.Direction;
import se.klossnet.events.FundingSource;
import se.klossnet.events.call.ProgrammeCreated;
import se.klossnet.events.kafka.CloudEventsKafkaMapping;
import se.klossnet.testing.RealInfrastructure;
import se.klossnet.testing.TopicProbe;

@QuarkusTest
@QuarkusTestResource(RealInfrastructure.class)
class OutboxTest {

    @Inject
    Outbox outbox;

    @Inject
    AgroalDataSource dataSource;

    private static ProgrammeCreated programme(String id, String name) {
        return new ProgrammeCreated(id, name, Direction.OUTBOUND, FundingSource.VINNOVA, List.of("teaching"),
                new BigDecimal("100000"));
    }

    private static String header(ConsumerRecord<String, byte[]> r, String key) {
        var h = r.headers().lastHeader(key);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    private static boolean hasId(ConsumerRecord<String, byte[]> r, UUID id) {
        return id.toString().equals(header(r, "ce_id"));
    }

    @Test
    void recordingOutsideATransactionIsRefused() {
        assertThatThrownBy(() -> outbox.record("kth", programme("p-none", "x")))
                .isInstanceOf(TransactionalException.class);
    }

    @Test
    void aRolledBackTransactionPublishesNothing() throws Exception {
        String topic = "kloss.rollback.call.v1";
        QuarkusTransaction.begin();
        UUID id = outbox.record("rollback", programme("p-rolled-back", "never"));
        QuarkusTransaction.rollback();

        try (TopicProbe probe = TopicProbe.of(RealInfrastructure.kafka().bootstrapServers(), topic)) {
            assertThat(probe.drain(Duration.ofSeconds(2), r -> hasId(r, id))).isEmpty();
        }
        assertThat(count("SELECT count(*) FROM kloss_outbox WHERE event_id = '" + id + "'")).isZero();
    }

    @Test
    void aCommittedTransactionPublishesExactlyOnceAsACloudEvent() throws Exception {
        String topic = "kloss.commit.call.v1";
        UUID id = QuarkusTransaction.requiringNew().call(() -> outbox.record("commit", programme("p-committed", "once")));

        try (TopicProbe probe = TopicProbe.of(RealInfrastructure.kafka().bootstrapServers(), topic)) {
            List<ConsumerRecord<String, byte[]>> first = probe.awaitRecords(1, Duration.ofSeconds(20), r -> hasId(r, id));
            assertThat(first).hasSize(1);
            ConsumerRecord<String, byte[]> record = first.get(0);
            assertThat(record.key()).isEqualTo("p-committed");
            assertThat(header(record, "ce_type")).isEqualTo("se.klossnet.call.ProgrammeCreated");
            assertThat(header(record, "ce_source")).isEqualTo("/institutions/commit/platform-test");
            assertThat(CloudEventsKafkaMapping.fromRecord(record).data()).isEqualTo(programme("p-committed", "once"));
            assertThat(probe.drain(Duration.ofSeconds(2), r -> hasId(r, id))).hasSize(1);
        }
        assertThat(count("SELECT count(*) FROM kloss_outbox WHERE event_id = '" + id + "' AND published_at IS NOT NULL"))
                .isEqualTo(1);
    }

    @Test
    void orderPerAggregateIsKept() throws Exception {
        String topic = "kloss.order.call.v1";
        int perKey = 30;
        List<String> keys = List.of("p-a", "p-b", "p-c");
        // Interleave the aggregates, one transaction per event, as real traffic would.
        for (int i = 0; i < perKey; i++) {
            for (String key : keys) {
                int n = i;
                QuarkusTransaction.requiringNew().run(() -> outbox.record("order", programme(key, key + "#" + n)));
            }
        }
        try (TopicProbe probe = TopicProbe.of(RealInfrastructure.kafka().bootstrapServers(), topic)) {
            List<ConsumerRecord<String, byte[]>> records = probe.awaitRecords(perKey * keys.size(), Duration.ofSeconds(30), r -> true);
            Map<String, List<Integer>> sequences = records.stream().collect(Collectors.groupingBy(ConsumerRecord::key,
                    Collectors.mapping(r -> sequenceOf(r), Collectors.toList())));
            for (String key : keys) {
                List<Integer> expected = new ArrayList<>();
                for (int i = 0; i < perKey; i++) {
                    expected.add(i);
                }
                assertThat(sequences.get(key)).as("order of %s", key).isEqualTo(expected);
            }
        }
    }

    @Test
    void aBacklogOfManyReadsArrivesOnceInPositionOrder() throws Exception {
        String topic = "kloss.backlog.call.v1";
        int perKey = 40; // 120 rows committed at once: 18 reads of 7, three transactions of up to 8 reads
        List<String> keys = List.of("b-a", "b-b", "b-c");
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < perKey; i++) {
                for (String key : keys) {
                    outbox.record("backlog", programme(key, key + "#" + i));
                }
            }
        });
        try (TopicProbe probe = TopicProbe.of(RealInfrastructure.kafka().bootstrapServers(), topic)) {
            List<ConsumerRecord<String, byte[]>> records = probe.awaitRecords(perKey * keys.size(), Duration.ofSeconds(30), r -> true);
            assertThat(records).hasSize(perKey * keys.size());
            assertThat(records.stream().map(r -> header(r, "ce_id")).distinct().count()).isEqualTo(perKey * keys.size());
            Map<String, List<Integer>> sequences = records.stream().collect(Collectors.groupingBy(ConsumerRecord::key,
                    Collectors.mapping(r -> sequenceOf(r), Collectors.toList())));
            for (String key : keys) {
                assertThat(sequences.get(key)).as("order of %s", key)
                        .isEqualTo(java.util.stream.IntStream.range(0, perKey).boxed().toList());
            }
        }
        try (var connection = dataSource.getConnection(); var count = connection.prepareStatement(
                "SELECT count(*) FROM kloss_outbox WHERE institution = 'backlog' AND published_at IS NULL");
             var rows = count.executeQuery()) {
            rows.next();
            assertThat(rows.getLong(1)).as("rows left unpublished").isZero();
        }
    }

    @Test
    void rowsWrittenWhileTheBrokerIsDownArriveOnceItIsBack() throws Exception {
        String topic = "kloss.outage.call.v1";
        RealInfrastructure.kafka().stop();
        List<UUID> ids = new ArrayList<>();
        try {
            for (int i = 0; i < 5; i++) {
                int n = i;
                // The service keeps accepting writes: the transaction commits although Kafka is down.
                ids.add(QuarkusTransaction.requiringNew().call(() -> outbox.record("outage", programme("p-outage", "o#" + n))));
            }
            Thread.sleep(1500);
            assertThat(count("SELECT count(*) FROM kloss_outbox WHERE institution = 'outage' AND published_at IS NULL"))
                    .isEqualTo(5);
        } finally {
            RealInfrastructure.kafka().start();
        }
        try (TopicProbe probe = TopicProbe.of(RealInfrastructure.kafka().bootstrapServers(), topic)) {
            List<ConsumerRecord<String, byte[]>> records = probe.awaitRecords(5, Duration.ofSeconds(60), r -> true);
            assertThat(records).extracting(r -> header(r, "ce_id")).containsExactlyElementsOf(ids.stream().map(UUID::toString).toList());
            assertThat(probe.drain(Duration.ofSeconds(2), r -> true)).hasSize(5);
        }
    }

    private static int sequenceOf(ConsumerRecord<String, byte[]> record) {
        ProgrammeCreated p = (ProgrammeCreated) CloudEventsKafkaMapping.fromRecord(record).data();
        return Integer.parseInt(p.name().substring(p.name().indexOf('#') + 1));
    }

    private long count(String sql) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}

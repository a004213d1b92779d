package se.klossnet.platform.outbox;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import se.klossnet.events.kafka.CloudEventsKafkaMapping;
import se.klossnet.platform.messaging.KafkaClients;

/**
 * Publishes committed outbox rows to Kafka in position order, then marks them published.
 *
 * <p>Guarantees: a row is marked only after the broker acknowledged it (acks=all), so nothing is lost when the
 * broker or this process dies; a row may then be sent twice (crash between send and mark), which the consumers'
 * inbox absorbs. Order per aggregate holds because one relay publishes at a time (a database lock), sends in
 * position order through one idempotent producer, and stops a batch at its first failure.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** Any constant works; it only has to be the same in every instance of a service sharing one database. */
    private static final long RELAY_LOCK = 0x6b6c6f7373L; // "kloss"

    private final AgroalDataSource dataSource;
    private final OutboxConfig config;
    private final KafkaClients kafkaClients;
    private final String serviceName;
    private final Counter published;
    private final Counter failures;
    private final AtomicBoolean running = new AtomicBoolean();
    /** Released when a transaction of this instance recorded events and committed: the idle relay goes at once. */
    private final Semaphore wakeups = new Semaphore(0);
    private final OutboxRepository rows = new OutboxRepository();
    private volatile Thread worker;
    private volatile KafkaProducer<String, byte[]> producer;

    public OutboxRelay(AgroalDataSource dataSource, OutboxConfig config, KafkaClients kafkaClients,
                       @ConfigProperty(name = "quarkus.application.name") String serviceName, MeterRegistry meters) {
        this.dataSource = dataSource;
        this.config = config;
        this.kafkaClients = kafkaClients;
        this.serviceName = serviceName;
        this.published = meters.counter("kloss.outbox.published");
        this.failures = meters.counter("kloss.outbox.publish.failures");
        meters.gauge("kloss.outbox.pending", this, OutboxRelay::pendingOrZero);
    }

    void onStart(@Observes StartupEvent event) {
        if (config.relayEnabled()) {
            start();
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        stop();
    }

    public synchronized void start() {
        if (running.getAndSet(true)) {
            return;
        }
        producer = kafkaClients.reliableProducer(serviceName + "-outbox-relay", (int) config.sendTimeout().toMillis());
        worker = Thread.ofPlatform().name("outbox-relay").daemon().start(this::loop);
    }

    public synchronized void stop() {
        if (!running.getAndSet(false)) {
            return;
        }
        worker.interrupt();
        try {
            worker.join(Duration.ofSeconds(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        producer.close(Duration.ofSeconds(5));
    }

    /** A fresh producer after a failure, so that no half-failed in-flight state carries over. */
    private synchronized void resetProducer() {
        if (!running.get()) {
            return;
        }
        producer.close(Duration.ZERO);
        producer = kafkaClients.reliableProducer(serviceName + "-outbox-relay", (int) config.sendTimeout().toMillis());
    }

    public boolean isRunning() {
        return running.get() && worker != null && worker.isAlive();
    }

    private void loop() {
        Duration backoff = config.pollInterval();
        while (running.get()) {
            try {
                wakeups.drainPermits(); // rows committed before this read are in it
                int sent = publishBatch();
                backoff = config.pollInterval();
                if (sent < config.batchSize() * config.readsPerTransaction()) {
                    wakeups.tryAcquire(config.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                failures.increment();
                resetProducer();
                LOG.warnf("outbox relay: %s; retrying in %d ms", e.getMessage(), backoff.toMillis());
                try {
                    Thread.sleep(backoff.toMillis());
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    return;
                }
                backoff = min(backoff.multipliedBy(2), config.maxBackoff());
            }
        }
    }

    /**
     * Publishes one batch of waiting rows.
     *
     * @return how many rows were published
     */
    int publishBatch() throws InterruptedException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                if (!rows.tryRelayLock(connection, RELAY_LOCK)) {
                    connection.rollback();
                    return 0;
                }
                List<OutboxRow> batch = new ArrayList<>();
                List<Future<RecordMetadata>> acks = new ArrayList<>();
                String sendFailure = null;
                // Each read's records go out (asynchronously) before the next read: the broker acknowledges one
                // while the database reads the next. Rows after a failed send are not sent in this transaction.
                for (int read = 0; read < config.readsPerTransaction() && sendFailure == null; read++) {
                    long after = batch.isEmpty() ? 0 : batch.get(batch.size() - 1).position();
                    List<OutboxRow> chunk = rows.unpublished(connection, after, config.batchSize());
                    batch.addAll(chunk);
                    sendFailure = sendAll(chunk, acks);
                    if (chunk.size() < config.batchSize()) {
                        break;
                    }
                }
                if (batch.isEmpty()) {
                    connection.rollback();
                    return 0;
                }
                SendResult result = awaitAcks(batch, acks, sendFailure);
                rows.markPublished(connection, result.publishedPositions());
                if (result.failure() != null) {
                    rows.recordFailure(connection, result.failedPosition(), result.failure());
                }
                connection.commit();
                published.increment(result.publishedPositions().size());
                if (result.failure() != null) {
                    throw new IllegalStateException("broker did not acknowledge outbox row " + result.failedPosition()
                            + ": " + result.failure());
                }
                return result.publishedPositions().size();
            } catch (SQLException | RuntimeException e) {
                safeRollback(connection);
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("outbox database error: " + e.getMessage(), e);
        }
    }

    /**
     * Hands the rows' records to the producer, in order, without waiting.
     *
     * @return null, or why a record could not be handed over (the rows from there on are not sent)
     */
    private String sendAll(List<OutboxRow> chunk, List<Future<RecordMetadata>> acks) {
        try {
            for (OutboxRow row : chunk) {
                acks.add(producer.send(CloudEventsKafkaMapping.toRecord(row.event())));
            }
            return null;
        } catch (RuntimeException e) {
            // e.g. metadata not available within max.block.ms while the broker is down
            return e.getMessage() == null ? e.toString() : e.getMessage();
        }
    }

    /** Waits for the broker's acknowledgements in position order; the published rows are those before the first failure. */
    private SendResult awaitAcks(List<OutboxRow> batch, List<Future<RecordMetadata>> acks, String sendFailure)
            throws InterruptedException {
        String failure = sendFailure;
        producer.flush();
        List<Long> done = new ArrayList<>(acks.size());
        long deadline = System.nanoTime() + config.sendTimeout().toNanos();
        for (int i = 0; i < acks.size(); i++) {
            try {
                acks.get(i).get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                done.add(batch.get(i).position());
            } catch (ExecutionException | TimeoutException e) {
                failure = e.getCause() != null ? e.getCause().getMessage() : e.toString();
                break; // keep order: nothing after a failed row counts as published
            }
        }
        Long failedPosition = done.size() < batch.size() ? batch.get(done.size()).position() : null;
        return new SendResult(done, failedPosition, failedPosition == null ? null : failure);
    }

    /** Wakes an idle relay: a transaction of this instance has committed new rows. */
    public void wake() {
        wakeups.release();
    }

    /** Deletes published rows past their keep time, so the table stays small. */
    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void deleteOldPublished() {
        try (Connection connection = dataSource.getConnection()) {
            int deleted = rows.deletePublishedBefore(connection, Instant.now().minus(config.keepPublished()));
            if (deleted > 0) {
                LOG.infof("outbox: deleted %d published rows older than %s", deleted, config.keepPublished());
            }
        } catch (SQLException e) {
            LOG.warnf("outbox cleanup failed: %s", e.getMessage());
        }
    }

    /** Rows waiting for publication; -1 when the database cannot be asked. */
    public long pending() {
        try (Connection connection = dataSource.getConnection()) {
            return rows.countUnpublished(connection);
        } catch (SQLException e) {
            return -1;
        }
    }

    private double pendingOrZero() {
        return Math.max(0, pending());
    }

    private static void safeRollback(Connection connection) {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // the connection is broken; closing it discards the transaction anyway
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private record SendResult(List<Long> publishedPositions, Long failedPosition, String failure) {
    }

    /** The SQL of the relay, kept apart from its control flow. */
    static final class OutboxRepository {

        boolean tryRelayLock(Connection c, long key) throws SQLException {
            try (PreparedStatement s = c.prepareStatement("SELECT pg_try_advisory_xact_lock(?)")) {
                s.setLong(1, key);
                try (var rs = s.executeQuery()) {
                    rs.next();
                    return rs.getBoolean(1);
                }
            }
        }

        /** The oldest unpublished rows after {@code after} (0: from the start), in position order. */
        List<OutboxRow> unpublished(Connection c, long after, int limit) throws SQLException {
            String sql = """
                    SELECT position, event_id, topic, aggregate_id, event_type, source, institution, schema_version,
                           occurred_at, payload::text, trace_parent, trace_state, request_id
                      FROM kloss_outbox WHERE published_at IS NULL AND position > ? ORDER BY position LIMIT ?
                    """;
            try (PreparedStatement s = c.prepareStatement(sql)) {
                s.setLong(1, after);
                s.setInt(2, limit);
                try (var rs = s.executeQuery()) {
                    List<OutboxRow> result = new ArrayList<>();
                    while (rs.next()) {
                        result.add(new OutboxRow(rs.getLong(1), new se.klossnet.events.kafka.SerializedEvent(
                                rs.getObject(2, java.util.UUID.class), rs.getString(3), rs.getString(5), rs.getString(6),
                                rs.getString(4), rs.getTimestamp(9).toInstant(), rs.getString(7), rs.getInt(8),
                                rs.getString(10).getBytes(java.nio.charset.StandardCharsets.UTF_8),
                                new se.klossnet.events.kafka.SerializedEvent.Causation(rs.getString(11), rs.getString(12),
                                        rs.getString(13)))));
                    }
                    return result;
                }
            }
        }

        void markPublished(Connection c, List<Long> positions) throws SQLException {
            if (positions.isEmpty()) {
                return;
            }
            try (PreparedStatement s = c.prepareStatement(
                    "UPDATE kloss_outbox SET published_at = now(), attempts = attempts + 1, last_error = NULL WHERE position = ANY (?)")) {
                Array array = c.createArrayOf("bigint", positions.toArray());
                s.setArray(1, array);
                s.executeUpdate();
            }
        }

        void recordFailure(Connection c, long position, String error) throws SQLException {
            try (PreparedStatement s = c.prepareStatement(
                    "UPDATE kloss_outbox SET attempts = attempts + 1, last_error = ? WHERE position = ?")) {
                s.setString(1, error == null ? "unknown" : error.length() > 500 ? error.substring(0, 500) : error);
                s.setLong(2, position);
                s.executeUpdate();
            }
        }

        long countUnpublished(Connection c) throws SQLException {
            try (var s = c.createStatement(); var rs = s.executeQuery("SELECT count(*) FROM kloss_outbox WHERE published_at IS NULL")) {
                rs.next();
                return rs.getLong(1);
            }
        }

        int deletePublishedBefore(Connection c, Instant before) throws SQLException {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM kloss_outbox WHERE published_at < ?")) {
                s.setTimestamp(1, Timestamp.from(before));
                return s.executeUpdate();
            }
        }
    }
}

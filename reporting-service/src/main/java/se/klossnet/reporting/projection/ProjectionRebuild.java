package se.klossnet.reporting.projection;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import se.klossnet.events.Topics;
import se.klossnet.platform.messaging.KafkaClients;
import se.klossnet.platform.scope.NodeConfig;
import se.klossnet.reporting.sql.SqlFailure;

/**
 * Rebuilding the projections without downtime. A new version is opened (from then on the live consumer writes every
 * new event to it as well), every domain topic is replayed from its first offset up to the end offsets taken after
 * that, in batches of one transaction each (read and decoded ahead by a {@link ReplayReader}, so decoding overlaps
 * with writing), and then the new version is swapped in with one update. Queries read
 * the old version until that moment. Every event reaches the new version exactly once: what was on the topics at the
 * start comes through the replay, what came later through the live consumer, and both de-duplicate on the event id
 * within the version.
 *
 * <p>It needs every record since the beginning, so the domain topics must keep their records forever
 * ({@code retention.ms=-1}, no compaction).
 */
@ApplicationScoped
public class ProjectionRebuild {

    private static final Logger LOG = Logger.getLogger(ProjectionRebuild.class);
    private static final int MAX_TRANSIENT_RETRIES = 10;

    private final ProjectionVersions versions;
    private final VersionPartitions versionPartitions;
    private final EventProjector projector;
    private final KafkaClients kafka;
    private final RebuildConfig config;
    private final Clock clock;
    private final String service;
    private final AtomicReference<Thread> running = new AtomicReference<>();
    private volatile boolean stopping;

    public ProjectionRebuild(ProjectionVersions versions, VersionPartitions partitions, EventProjector projector, KafkaClients kafka,
                             RebuildConfig config, Clock clock, NodeConfig node,
                             @ConfigProperty(name = "quarkus.application.name") String service) {
        this.versions = versions;
        this.versionPartitions = partitions;
        this.projector = projector;
        this.kafka = kafka;
        this.config = config;
        this.clock = clock;
        // Groups carry the node's prefix, which is what the node's Kafka ACLs allow.
        this.service = node.nodeId() + "." + service;
    }

    /**
     * Opens a new version and starts replaying into it in the background.
     *
     * @throws se.klossnet.platform.problem.StateConflict when a rebuild is already running
     */
    public ProjectionVersion start() {
        ProjectionVersion building = versions.startBuilding();
        Thread thread = Thread.ofPlatform().name("projection-rebuild-v" + building.version()).daemon()
                .unstarted(() -> replay(building.version()));
        running.set(thread);
        thread.start();
        return building;
    }

    public boolean isRunning() {
        Thread thread = running.get();
        return thread != null && thread.isAlive();
    }

    void stop(@Observes ShutdownEvent event) {
        stopping = true;
        Thread thread = running.get();
        if (thread != null) {
            try {
                thread.join(Duration.ofSeconds(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void replay(int version) {
        long started = System.nanoTime();
        // One poll fills one batch (the consumer's default of 200 records a poll would cap every batch at 200).
        try (KafkaConsumer<String, byte[]> consumer = kafka.manualCommitConsumer(service + ".rebuild",
                service + ".rebuild-v" + version, config.batchSize())) {
            List<TopicPartition> partitions = consumer.listTopics(config.kafkaTimeout()).entrySet().stream()
                    .filter(topic -> Topics.ALL_DOMAIN_TOPICS.matcher(topic.getKey()).matches())
                    .flatMap(topic -> topic.getValue().stream().map(p -> new TopicPartition(p.topic(), p.partition())))
                    .toList();
            // Taken after the version was opened: anything beyond these offsets reaches it through the live consumer.
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, config.kafkaTimeout());
            Map<TopicPartition, Long> starts = consumer.beginningOffsets(partitions, config.kafkaTimeout());
            versions.target(version, partitions.stream().mapToLong(p -> ends.get(p) - starts.get(p)).sum());
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            ReplayReader reader = new ReplayReader(consumer, ends, config.batchSize(), Math.max(1, config.writers()),
                    "projection-rebuild-reader-v" + version);
            reader.start();
            try {
                writeAll(version, reader);
            } finally {
                reader.stop(); // before the consumer is closed
            }
            long loaded = System.nanoTime();
            versionPartitions.finishLoading(version);
            versions.swapIn(version, clock.instant());
            ProjectionVersion done = versions.get(version);
            LOG.infof("projection version %d is live: %d records replayed (%d skipped) in %d ms, of which %d ms to log"
                    + " and index the loaded partitions", version, done.replayed(), done.skipped(),
                    Duration.ofNanos(System.nanoTime() - started).toMillis(),
                    Duration.ofNanos(System.nanoTime() - loaded).toMillis());
        } catch (Exception e) {
            LOG.errorf(e, "rebuild of projection version %d failed", version);
            versions.fail(version, e.getClass().getSimpleName() + ": " + e.getMessage(), clock.instant());
        } finally {
            running.compareAndSet(Thread.currentThread(), null);
        }
    }

    /**
     * Applies the reader's batches with one writer thread per writer of the reader, each with transactions (and so
     * connections) of its own: one database session writes while the other waits for its round trips, which uses
     * more than one core of the database. The first failure stops the others.
     */
    private void writeAll(int version, ReplayReader reader) throws Exception {
        AtomicReference<Exception> failure = new AtomicReference<>();
        List<Thread> writers = new ArrayList<>();
        for (int writer = 0; writer < reader.writers(); writer++) {
            int mine = writer;
            writers.add(Thread.ofPlatform().name("projection-rebuild-writer-v" + version + "-" + writer).daemon()
                    .start(() -> {
                        try {
                            for (ReplayReader.Batch batch; failure.get() == null
                                    && (batch = reader.next(mine)) != null; ) {
                                if (stopping) {
                                    throw new IllegalStateException("the service is stopping");
                                }
                                applyBatch(version, batch);
                                pause();
                            }
                        } catch (Exception e) {
                            failure.compareAndSet(null, e);
                            reader.abort(); // the other writers stop too, and the reader stops waiting for this one
                        }
                    }));
        }
        for (Thread writer : writers) {
            writer.join();
        }
        if (failure.get() != null) {
            throw failure.get();
        }
    }

    /** One transaction for the batch; a batch with a refused record is retried one record at a time. */
    private void applyBatch(int version, ReplayReader.Batch batch) throws InterruptedException {
        for (int attempt = 1; ; attempt++) {
            try {
                QuarkusTransaction.requiringNew().run(() -> {
                    projector.applyAll(version, batch.events());
                    versions.progress(version, batch.records().size(), batch.skipped());
                });
                return;
            } catch (RuntimeException e) {
                if (isTransient(e) && attempt < MAX_TRANSIENT_RETRIES) {
                    // e.g. a deadlock with the live consumer writing the same aggregate of the new version
                    Thread.sleep(Math.min(5_000, 50L << attempt));
                    continue;
                }
                if (isTransient(e)) {
                    throw e;
                }
                if (batch.records().size() > 1) {
                    for (ConsumerRecord<String, byte[]> record : batch.records()) {
                        applyBatch(version, ReplayReader.Batch.decode(List.of(record)));
                    }
                    return;
                }
                // The live consumer dead-lettered this record for the same reason; the rebuild skips it likewise.
                ConsumerRecord<String, byte[]> record = batch.records().get(0);
                LOG.warnf("rebuild v%d skips %s-%d@%d: %s", version, record.topic(), record.partition(),
                        record.offset(), e.getMessage());
                QuarkusTransaction.requiringNew().run(() -> versions.progress(version, 1, 1));
                return;
            }
        }
    }

    private void pause() throws InterruptedException {
        if (!config.pauseBetweenBatches().isZero()) {
            Thread.sleep(config.pauseBetweenBatches().toMillis());
        }
    }

    static boolean isTransient(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof SqlFailure failure && failure.isTransient()) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null && (sql.getSQLState().startsWith("40")
                    || sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("53"))) {
                return true;
            }
            if (t instanceof jakarta.persistence.LockTimeoutException) {
                return true;
            }
        }
        return false;
    }
}

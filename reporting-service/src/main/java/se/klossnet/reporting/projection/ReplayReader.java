package se.klossnet.reporting.projection;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import se.klossnet.events.DomainEvent;
import se.klossnet.events.EventDecodingException;
import se.klossnet.events.EventEnvelope;
import se.klossnet.events.kafka.CloudEventsKafkaMapping;

/**
 * Reads a rebuild's records up to the end offsets and decodes them, on a thread of its own and up to two batches
 * ahead of each writer: decoding the next batch in the JVM overlaps with the database writing the current ones. With
 * several writers, each topic partition goes to one writer ({@link #writerOf}): the events of one aggregate share a
 * partition (the record key is the event's subject), so no two writers upsert the same fact row, and their
 * transactions do not wait for each other's row locks. The consumer is used by this thread only, from
 * {@link #start()} until {@link #stop()} returns.
 */
final class ReplayReader {

    /** The records of one transaction, decoded; undecodable ones are counted as skipped (the DLQ has them). */
    record Batch(List<ConsumerRecord<String, byte[]>> records, List<EventEnvelope<DomainEvent>> events, long skipped) {

        static Batch decode(List<ConsumerRecord<String, byte[]>> records) {
            long skipped = 0;
            List<EventEnvelope<DomainEvent>> events = new ArrayList<>(records.size());
            for (ConsumerRecord<String, byte[]> record : records) {
                try {
                    events.add(CloudEventsKafkaMapping.fromRecord(record));
                } catch (EventDecodingException e) {
                    skipped++; // in the dead-letter topic already, put there by the live consumer
                }
            }
            return new Batch(records, events, skipped);
        }
    }

    private static final Batch END = new Batch(List.of(), List.of(), 0);

    private final KafkaConsumer<String, byte[]> consumer;
    private final Map<TopicPartition, Long> ends;
    private final int batchSize;
    /** One queue per writer. */
    private final List<BlockingQueue<Batch>> ready = new ArrayList<>();
    private final AtomicReference<Exception> failure = new AtomicReference<>();
    private final Thread thread;
    private volatile boolean stopped;

    ReplayReader(KafkaConsumer<String, byte[]> consumer, Map<TopicPartition, Long> ends, int batchSize, int writers,
                 String name) {
        this.consumer = consumer;
        this.ends = ends;
        this.batchSize = batchSize;
        for (int i = 0; i < writers; i++) {
            ready.add(new ArrayBlockingQueue<>(2));
        }
        this.thread = Thread.ofPlatform().name(name).daemon().unstarted(this::run);
    }

    int writers() {
        return ready.size();
    }

    /** The writer that gets the records of {@code partition}: always the same one. */
    int writerOf(TopicPartition partition) {
        return Math.floorMod(partition.hashCode(), ready.size());
    }

    void start() {
        thread.start();
    }

    /**
     * The next batch of {@code writer}'s partitions, in offset order per partition, or null when every partition is
     * read up to its end offset.
     *
     * @throws IllegalStateException when reading failed
     */
    Batch next(int writer) throws InterruptedException {
        Batch batch;
        while ((batch = ready.get(writer).poll(100, TimeUnit.MILLISECONDS)) == null) {
            if (stopped) {
                return null; // aborted: nothing more comes
            }
        }
        if (batch == END) {
            Exception error = failure.get();
            if (error != null) {
                throw new IllegalStateException("reading the topics failed: " + error.getMessage(), error);
            }
            return null;
        }
        return batch;
    }

    /** Stops reading without waiting (a writer failed): every writer's {@link #next} returns null from then on. */
    void abort() {
        stopped = true;
    }

    /** Stops reading and waits for the thread, so that the consumer can be closed. */
    void stop() throws InterruptedException {
        stopped = true;
        thread.interrupt();
        thread.join(Duration.ofSeconds(10));
    }

    private void run() {
        try {
            List<List<ConsumerRecord<String, byte[]>>> pending = new ArrayList<>();
            for (int i = 0; i < ready.size(); i++) {
                pending.add(new ArrayList<>());
            }
            while (!stopped && !caughtUp()) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    int writer = writerOf(new TopicPartition(record.topic(), record.partition()));
                    pending.get(writer).add(record);
                    if (pending.get(writer).size() == batchSize) {
                        hand(writer, Batch.decode(pending.set(writer, new ArrayList<>())));
                    }
                }
                // A part batch goes when its writer has nothing queued (it would idle otherwise) or at the end.
                boolean end = caughtUp();
                for (int writer = 0; writer < pending.size(); writer++) {
                    if (!pending.get(writer).isEmpty() && (end || ready.get(writer).isEmpty())) {
                        hand(writer, Batch.decode(pending.set(writer, new ArrayList<>())));
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return; // stopped: no one takes any more
        } catch (Exception e) {
            failure.set(e);
        }
        try {
            for (int writer = 0; writer < ready.size(); writer++) {
                hand(writer, END);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void hand(int writer, Batch batch) throws InterruptedException {
        while (!stopped && !ready.get(writer).offer(batch, 100, TimeUnit.MILLISECONDS)) {
            // the writer is busy with earlier batches
        }
    }

    private boolean caughtUp() {
        return ends.entrySet().stream().allMatch(end -> consumer.position(end.getKey()) >= end.getValue());
    }
}

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
 * ahead of the writer: decoding the next batch in the JVM overlaps with the database writing the current one, so
 * a rebuild keeps two cores busy rather than one at a time. The consumer is used by this thread only, from
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
    private final BlockingQueue<Batch> ready = new ArrayBlockingQueue<>(2);
    private final AtomicReference<Exception> failure = new AtomicReference<>();
    private final Thread thread;
    private volatile boolean stopped;

    ReplayReader(KafkaConsumer<String, byte[]> consumer, Map<TopicPartition, Long> ends, int batchSize, String name) {
        this.consumer = consumer;
        this.ends = ends;
        this.batchSize = batchSize;
        this.thread = Thread.ofPlatform().name(name).daemon().unstarted(this::run);
    }

    void start() {
        thread.start();
    }

    /**
     * The next batch in offset order per partition, or null when every partition is read up to its end offset.
     *
     * @throws IllegalStateException when reading failed
     */
    Batch next() throws InterruptedException {
        Batch batch = ready.take();
        if (batch == END) {
            Exception error = failure.get();
            if (error != null) {
                throw new IllegalStateException("reading the topics failed: " + error.getMessage(), error);
            }
            return null;
        }
        return batch;
    }

    /** Stops reading and waits for the thread, so that the consumer can be closed. */
    void stop() throws InterruptedException {
        stopped = true;
        thread.interrupt();
        thread.join(Duration.ofSeconds(10));
    }

    private void run() {
        try {
            while (!stopped && !caughtUp()) {
                List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
                consumer.poll(Duration.ofMillis(500)).forEach(records::add);
                for (int from = 0; from < records.size() && !stopped; from += batchSize) {
                    hand(Batch.decode(new ArrayList<>(records.subList(from, Math.min(records.size(), from + batchSize)))));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return; // stopped: no one takes any more
        } catch (Exception e) {
            failure.set(e);
        }
        try {
            hand(END);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void hand(Batch batch) throws InterruptedException {
        while (!stopped && !ready.offer(batch, 100, TimeUnit.MILLISECONDS)) {
            // the writer is busy with earlier batches
        }
    }

    private boolean caughtUp() {
        return ends.entrySet().stream().allMatch(end -> consumer.position(end.getKey()) >= end.getValue());
    }
}

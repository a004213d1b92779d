package se.klossnet.platform.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.jboss.logging.Logger;
import se.klossnet.events.DomainEvent;
import se.klossnet.events.EventDecodingException;
import se.klossnet.events.EventEnvelope;
import se.klossnet.events.kafka.CloudEventsKafkaMapping;
import se.klossnet.platform.inbox.Inbox;
import se.klossnet.platform.trace.CausationSource;

/**
 * Runs one {@link EventSubscription} on its own thread: poll, then for each record decode → (inbox + handle in one
 * transaction) → commit the offset; a subscription that {@link EventSubscription#deduplicatesItself()} gets no inbox
 * row, and its repeats are counted as handled (it drops them itself). A subscription with
 * {@link EventSubscription#maxBatch()} above 1 gets the records of a poll in batches of up to that many, each batch
 * in one transaction with its inbox rows (the next batch of the poll is decoded on a second thread meanwhile); a
 * batch that fails, or holds a record that cannot be decoded, is rolled back and its records go through the
 * one-by-one path below, so the outcome per event is the same. Decoding errors and permanent handling errors go to
 * the dead-letter topic; transient ones (database unreachable) are retried in place with back-off, so the consumer
 * never stops and never skips.
 */
final class SubscriptionRunner {

    private static final Logger LOG = Logger.getLogger(SubscriptionRunner.class);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

    private final EventSubscription subscription;
    private final KafkaConsumer<String, byte[]> consumer;
    private final DeadLetters deadLetters;
    private final Inbox inbox;
    private final MeterRegistry meters;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final Thread thread;
    /** Decodes a batching subscription's next chunk while the current one is written; null for single events. */
    private final ExecutorService decoder;

    SubscriptionRunner(EventSubscription subscription, KafkaConsumer<String, byte[]> consumer, DeadLetters deadLetters,
                       Inbox inbox, MeterRegistry meters) {
        this.subscription = subscription;
        this.consumer = consumer;
        this.deadLetters = deadLetters;
        this.inbox = inbox;
        this.meters = meters;
        this.thread = Thread.ofPlatform().name("subscription-" + subscription.name()).daemon().unstarted(this::run);
        this.decoder = subscription.maxBatch() > 1 ? Executors.newSingleThreadExecutor(
                Thread.ofPlatform().name("subscription-" + subscription.name() + "-decoder").daemon().factory()) : null;
    }

    void start() {
        thread.start();
    }

    void stop() {
        running.set(false);
        consumer.wakeup();
        try {
            thread.join(Duration.ofSeconds(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    boolean isAlive() {
        return thread.isAlive();
    }

    String name() {
        return subscription.name();
    }

    private void run() {
        try {
            consumer.subscribe(subscription.topics());
            Duration backoff = Duration.ofMillis(200);
            while (running.get()) {
                try {
                    backoff = pollOnce(backoff);
                } catch (WakeupException e) {
                    // stop() woke us; the loop condition ends the thread
                } catch (RuntimeException e) {
                    // e.g. a commit refused after a rebalance: the records come again and the inbox absorbs them
                    LOG.warnf("subscription %s: %s; going on", subscription.name(), e.getMessage());
                    sleep(backoff);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            if (decoder != null) {
                decoder.shutdownNow();
            }
            consumer.close(Duration.ofSeconds(5));
        }
    }

    /** One poll and its records; returns the back-off for the next round. */
    private Duration pollOnce(Duration backoff) throws InterruptedException {
        ConsumerRecords<String, byte[]> records = consumer.poll(Duration.ofMillis(500));
        Map<TopicPartition, OffsetAndMetadata> done = new HashMap<>();
        Map<TopicPartition, Long> retryFrom = new LinkedHashMap<>();
        List<ConsumerRecord<String, byte[]>> all = new ArrayList<>(records.count());
        records.forEach(all::add);
        int batch = Math.max(1, subscription.maxBatch());
        List<List<ConsumerRecord<String, byte[]>>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += batch) {
            chunks.add(all.subList(from, Math.min(all.size(), from + batch)));
        }
        // A batching subscription's next chunk is decoded on the decoder thread while this one's transaction runs.
        CompletableFuture<List<EventEnvelope<DomainEvent>>> next = decoder == null || chunks.isEmpty() ? null
                : CompletableFuture.supplyAsync(() -> decode(chunks.get(0)), decoder);
        for (int i = 0; i < chunks.size(); i++) {
            List<ConsumerRecord<String, byte[]>> chunk = chunks.get(i);
            List<EventEnvelope<DomainEvent>> decoded = next == null ? null : next.join();
            int following = i + 1;
            next = decoder == null || following >= chunks.size() ? null
                    : CompletableFuture.supplyAsync(() -> decode(chunks.get(following)), decoder);
            if (chunk.size() > 1 && retryFrom.isEmpty() && decoded != null && processBatch(decoded)) {
                // records come partition by partition in offset order: the last one of a partition wins
                chunk.forEach(r -> done.put(new TopicPartition(r.topic(), r.partition()),
                        new OffsetAndMetadata(r.offset() + 1)));
                continue;
            }
            for (ConsumerRecord<String, byte[]> record : chunk) {
                TopicPartition partition = new TopicPartition(record.topic(), record.partition());
                if (retryFrom.containsKey(partition)) {
                    continue; // an earlier record of this partition must succeed first: keep the order
                }
                if (processSafely(record)) {
                    done.put(partition, new OffsetAndMetadata(record.offset() + 1));
                } else {
                    retryFrom.put(partition, record.offset());
                }
            }
        }
        if (!done.isEmpty()) {
            consumer.commitSync(done);
        }
        if (retryFrom.isEmpty()) {
            return Duration.ofMillis(200);
        }
        retryFrom.forEach(consumer::seek);
        sleep(backoff);
        return backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
    }

    /**
     * Handles a batch (subscriptions with {@link EventSubscription#maxBatch()} above 1) in one transaction with the
     * inbox rows of its events (none for a subscription that de-duplicates itself).
     *
     * @return false when the batch changed nothing and its records must be dealt with one by one: it failed (a
     *         poison event, or a transient failure that the single path retries with back-off)
     */
    private boolean processBatch(List<EventEnvelope<DomainEvent>> events) {
        try {
            int handled = QuarkusTransaction.requiringNew().call(() -> {
                List<EventEnvelope<DomainEvent>> first = subscription.deduplicatesItself() ? events
                        : inbox.firstDeliveries(subscription.name(), events);
                if (!first.isEmpty()) {
                    subscription.handleAll(first);
                }
                return first.size();
            });
            meters.counter("kloss.consumer.events", "consumer", subscription.name(), "outcome", "handled")
                    .increment(handled);
            meters.counter("kloss.consumer.events", "consumer", subscription.name(), "outcome", "duplicate")
                    .increment(events.size() - handled);
            return true;
        } catch (RuntimeException e) {
            LOG.debugf("%s: a batch of %d failed (%s); handling its events one by one", subscription.name(),
                    events.size(), rootMessage(e));
            return false;
        }
    }

    /**
     * The chunk's events, or null when one of its records cannot be decoded (the single path then sends it to the
     * DLQ and handles the others).
     */
    private static List<EventEnvelope<DomainEvent>> decode(List<ConsumerRecord<String, byte[]>> chunk) {
        List<EventEnvelope<DomainEvent>> events = new ArrayList<>(chunk.size());
        for (ConsumerRecord<String, byte[]> record : chunk) {
            try {
                events.add(CloudEventsKafkaMapping.fromRecord(record));
            } catch (RuntimeException e) {
                return null;
            }
        }
        return events;
    }

    private boolean processSafely(ConsumerRecord<String, byte[]> record) throws InterruptedException {
        try {
            return process(record);
        } catch (RuntimeException e) {
            // e.g. the dead-letter topic cannot be written either: retry this record rather than skip it
            LOG.warnf("%s: record %s-%d@%d not dealt with, will retry: %s", subscription.name(), record.topic(),
                    record.partition(), record.offset(), e.getMessage());
            return false;
        }
    }

    /** @return true when the record is dealt with (handled, a repeat, or dead-lettered); false to retry it later */
    private boolean process(ConsumerRecord<String, byte[]> record) throws InterruptedException {
        EventEnvelope<DomainEvent> event;
        try {
            event = CloudEventsKafkaMapping.fromRecord(record);
        } catch (EventDecodingException e) {
            LOG.warnf("%s: undecodable record %s-%d@%d to the DLQ: %s", subscription.name(), record.topic(),
                    record.partition(), record.offset(), e.getMessage());
            deadLetters.park(record, e);
            return true;
        }
        try {
            // Events recorded while handling carry this event's trace and request id onwards.
            boolean handled = CausationSource.whileHandling(CloudEventsKafkaMapping.causationOf(record),
                    () -> QuarkusTransaction.requiringNew().call(() -> {
                        if (!subscription.deduplicatesItself() && !inbox.firstDelivery(subscription.name(), event)) {
                            return false;
                        }
                        subscription.handle(event);
                        return true;
                    }));
            meters.counter("kloss.consumer.events", "consumer", subscription.name(),
                    "outcome", handled ? "handled" : "duplicate").increment();
            return true;
        } catch (RuntimeException e) {
            if (FailureKind.of(e) == FailureKind.TRANSIENT) {
                LOG.warnf("%s: transient failure on %s, will retry: %s", subscription.name(), event.id(), e.getMessage());
                return false;
            }
            LOG.warnf("%s: event %s (%s) cannot be handled, to the DLQ: %s", subscription.name(), event.id(),
                    event.type(), rootMessage(e));
            deadLetters.park(record, e);
            return true;
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    private static void sleep(Duration d) throws InterruptedException {
        Thread.sleep(d.toMillis());
    }
}

package se.klossnet.platform.testapp;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.regex.Pattern;
import se.klossnet.events.DomainEvent;
import se.klossnet.events.EventEnvelope;
import se.klossnet.events.call.ProgrammeCreated;
import se.klossnet.platform.messaging.EventSubscription;

/**
 * A batching consumer (maxBatch above 1) of the topics {@code kloss.batch<digits>.call.v1}: one row per handled
 * event, as {@link RecordingSubscription}, and the size of every batch it was handed, so a test sees that the batch
 * path ran. Refuses a programme named "poison".
 */
@ApplicationScoped
public class BatchRecordingSubscription implements EventSubscription {

    /** Sizes of the batches handleAll was called with, committed or not. */
    public static final Queue<Integer> BATCH_SIZES = new ConcurrentLinkedQueue<>();

    private final EntityManager em;

    public BatchRecordingSubscription(EntityManager em) {
        this.em = em;
    }

    @Override
    public String name() {
        return "batch-recording";
    }

    @Override
    public Pattern topics() {
        return Pattern.compile("kloss\\.batch[0-9]+\\.call\\.v1");
    }

    @Override
    public int maxBatch() {
        return 100;
    }

    @Override
    public void handleAll(List<EventEnvelope<DomainEvent>> events) {
        BATCH_SIZES.add(events.size());
        events.forEach(this::handle);
    }

    @Override
    public void handle(EventEnvelope<DomainEvent> event) {
        String name = event.data() instanceof ProgrammeCreated p ? p.name() : event.type();
        if ("poison".equals(name)) {
            throw new IllegalArgumentException("programme name 'poison' breaks a rule");
        }
        em.createNativeQuery("INSERT INTO handled_event (event_id, name) VALUES (?1, ?2)")
                .setParameter(1, event.id())
                .setParameter(2, name)
                .executeUpdate();
    }
}

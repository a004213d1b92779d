package se.klossnet.platform.testapp;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.regex.Pattern;
import se.klossnet.events.DomainEvent;
import se.klossnet.events.EventEnvelope;
import se.klossnet.events.call.ProgrammeCreated;
import se.klossnet.platform.messaging.EventSubscription;

/**
 * A batching consumer of {@code kloss.dedup<digits>.call.v1} that de-duplicates itself, as the national ingest
 * does: its effect is a row keyed by the event id ({@code applied_event}, inserted with ON CONFLICT DO NOTHING), so
 * the platform writes no inbox row for it. It also logs every event it is offered ({@code offered_event}), so a
 * test sees that repeats do reach it and change nothing. Refuses a programme named "poison".
 */
@ApplicationScoped
public class SelfDeduplicatingSubscription implements EventSubscription {

    public static final String NAME = "self-deduplicating";

    private final EntityManager em;

    public SelfDeduplicatingSubscription(EntityManager em) {
        this.em = em;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Pattern topics() {
        return Pattern.compile("kloss\\.dedup[0-9]+\\.call\\.v1");
    }

    @Override
    public int maxBatch() {
        return 100;
    }

    @Override
    public boolean deduplicatesItself() {
        return true;
    }

    @Override
    public void handleAll(List<EventEnvelope<DomainEvent>> events) {
        events.forEach(this::handle);
    }

    @Override
    public void handle(EventEnvelope<DomainEvent> event) {
        String name = event.data() instanceof ProgrammeCreated p ? p.name() : event.type();
        if ("poison".equals(name)) {
            throw new IllegalArgumentException("programme name 'poison' breaks a rule");
        }
        em.createNativeQuery("INSERT INTO offered_event (event_id) VALUES (?1)").setParameter(1, event.id())
                .executeUpdate();
        em.createNativeQuery("INSERT INTO applied_event (event_id, name) VALUES (?1, ?2) ON CONFLICT DO NOTHING")
                .setParameter(1, event.id())
                .setParameter(2, name)
                .executeUpdate();
    }
}

package se.klossnet.platform.testapp;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.regex.Pattern;
import se.klossnet.events.DomainEvent;
import se.klossnet.events.EventEnvelope;
import se.klossnet.events.call.ProgrammeCreated;
import se.klossnet.platform.messaging.EventSubscription;

/** Writes one row per handled event; refuses a programme named "poison" the way a broken business rule would. */
@ApplicationScoped
public class RecordingSubscription implements EventSubscription {

    public static final String TOPIC = "kloss.sub.call.v1";

    private final EntityManager em;

    public RecordingSubscription(EntityManager em) {
        this.em = em;
    }

    @Override
    public String name() {
        return "recording";
    }

    @Override
    public Pattern topics() {
        return Pattern.compile(Pattern.quote(TOPIC));
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

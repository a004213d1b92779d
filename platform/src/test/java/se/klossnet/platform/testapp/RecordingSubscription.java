package se.klossnet.platform.testapp;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.regex.Pattern;
import se.klossnet.events.DomainEvent;
import se.klossnet.events.EventEnvelope;
import se.klossnet.events.call.ProgrammeCreated;
import se.klossnet.platform.messaging.EventSubscription;
import se.klossnet.platform.outbox.Outbox;

/** Writes one row per handled event; refuses a programme named "poison" the way a broken business rule would. */
@ApplicationScoped
public class RecordingSubscription implements EventSubscription {

    public static final String TOPIC = "kloss.sub.call.v1";

    private final EntityManager em;
    private final Outbox outbox;

    public RecordingSubscription(EntityManager em, Outbox outbox) {
        this.em = em;
        this.outbox = outbox;
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
        if (name.startsWith("echo")) {
            // A consumer that raises an event of its own, as the exchange-service does on ApplicationGranted.
            ProgrammeCreated p = (ProgrammeCreated) event.data();
            outbox.record("echo", new ProgrammeCreated(p.programmeId(), p.name() + " (echoed)", p.direction(),
                    p.fundingSource(), p.themes(), p.budgetSek()));
        }
        em.createNativeQuery("INSERT INTO handled_event (event_id, name) VALUES (?1, ?2)")
                .setParameter(1, event.id())
                .setParameter(2, name)
                .executeUpdate();
    }
}

package se.klossnet.call.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;
import se.klossnet.events.DomainEvent;
import se.klossnet.events.EventEnvelope;
import se.klossnet.events.privacy.PersonErasureCompleted;
import se.klossnet.events.privacy.PersonErasureRefused;
import se.klossnet.events.privacy.PersonErasureRequested;
import se.klossnet.events.privacy.PersonExportPartReady;
import se.klossnet.events.privacy.PersonExportRequested;
import se.klossnet.platform.messaging.EventSubscription;
import se.klossnet.platform.outbox.Outbox;
import se.klossnet.platform.privacy.PrivacyTopics;
import se.klossnet.platform.scope.NodeConfig;

/**
 * The call-service on its node's privacy topic, in both its parts: as one of the services holding personal data
 * (it answers requests like the others), and as coordinator (it records every service's confirmation).
 */
@ApplicationScoped
public class PrivacySubscription implements EventSubscription {

    private static final Logger LOG = Logger.getLogger(PrivacySubscription.class);

    private final CallPersonalData data;
    private final PrivacyCoordinator coordinator;
    private final Outbox outbox;
    private final Pattern topics;

    public PrivacySubscription(CallPersonalData data, PrivacyCoordinator coordinator, Outbox outbox, NodeConfig node) {
        this.data = data;
        this.coordinator = coordinator;
        this.outbox = outbox;
        this.topics = PrivacyTopics.of(node);
    }

    @Override
    public String name() {
        return "privacy";
    }

    @Override
    public Pattern topics() {
        return topics;
    }

    @Override
    public void handle(EventEnvelope<DomainEvent> event) {
        switch (event.data()) {
            case PersonExportRequested request -> {
                int items = data.export(request.personPseudonym()).count();
                outbox.record(event.institution(),
                        new PersonExportPartReady(request.requestId(), PrivacyServices.SELF, items));
            }
            case PersonErasureRequested request -> {
                int changed = data.erase(request.personPseudonym());
                LOG.infof("erasure %s: anonymised %d records of %s", request.requestId(), changed,
                        request.personPseudonym());
                outbox.record(event.institution(),
                        new PersonErasureCompleted(request.requestId(), PrivacyServices.SELF, changed));
            }
            case PersonExportPartReady ready -> coordinator.confirm(UUID.fromString(ready.requestId()),
                    new Confirmation(ready.service(), "PART_READY", ready.itemCount(), null, event.time()));
            case PersonErasureCompleted done -> coordinator.confirm(UUID.fromString(done.requestId()),
                    new Confirmation(done.service(), "ERASED", done.anonymisedCount(), null, event.time()));
            case PersonErasureRefused refused -> coordinator.confirm(UUID.fromString(refused.requestId()),
                    new Confirmation(refused.service(), "REFUSED", null, refused.rule(), event.time()));
            default -> {
                // no other event types on this topic
            }
        }
    }
}

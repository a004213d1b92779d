package se.klossnet.call.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import java.util.regex.Pattern;
import se.klossnet.events.DomainEvent;
import se.klossnet.events.EventEnvelope;
import se.klossnet.events.privacy.PersonErasureCompleted;
import se.klossnet.events.privacy.PersonErasureRefused;
import se.klossnet.events.privacy.PersonExportPartReady;
import se.klossnet.platform.messaging.EventSubscription;
import se.klossnet.platform.outbox.Outbox;
import se.klossnet.platform.privacy.PrivacyRequestAnswerer;
import se.klossnet.platform.privacy.PrivacyTopics;
import se.klossnet.platform.scope.NodeConfig;

/**
 * The call-service on its node's privacy topic, in both its parts: as one of the services holding personal data
 * (it answers requests like the others), and as coordinator (it records every service's confirmation).
 */
@ApplicationScoped
public class PrivacySubscription implements EventSubscription {

    private final PrivacyRequestAnswerer answerer;
    private final PrivacyCoordinator coordinator;
    private final Pattern topics;

    public PrivacySubscription(CallPersonalData data, PrivacyCoordinator coordinator, Outbox outbox, NodeConfig node) {
        // No record of the requests here: the coordinator's own tables say who each request is about.
        this.answerer = new PrivacyRequestAnswerer(PrivacyServices.SELF, data, outbox);
        this.coordinator = coordinator;
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
        if (answerer.answer(event)) {
            return;
        }
        switch (event.data()) {
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

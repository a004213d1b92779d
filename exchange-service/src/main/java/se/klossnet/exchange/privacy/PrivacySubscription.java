package se.klossnet.exchange.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.regex.Pattern;
import se.klossnet.events.DomainEvent;
import se.klossnet.events.EventEnvelope;
import se.klossnet.platform.messaging.EventSubscription;
import se.klossnet.platform.outbox.Outbox;
import se.klossnet.platform.privacy.PrivacyRequestAnswerer;
import se.klossnet.platform.privacy.PrivacyRequestsSeen;
import se.klossnet.platform.privacy.PrivacyTopics;
import se.klossnet.platform.scope.NodeConfig;

/**
 * Answers the node's export and erasure requests (exactly once, through the platform's inbox): an export part is
 * counted and announced (the part itself is served over REST); an erasure is done, or refused naming the rule
 * ({@link AccountingRecordsRule}).
 */
@ApplicationScoped
public class PrivacySubscription implements EventSubscription {

    static final String SERVICE = "exchange-service";

    private final PrivacyRequestAnswerer answerer;
    private final Pattern topics;

    public PrivacySubscription(ExchangePersonalData data, EntityManager em, Outbox outbox, NodeConfig node) {
        this.answerer = new PrivacyRequestAnswerer(SERVICE, data, outbox, new PrivacyRequestsSeen(em));
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
        answerer.answer(event); // confirmations of the other services are for the coordinator
    }
}

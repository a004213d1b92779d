package se.klossnet.exchange.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
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
 * Answers the node's export and erasure requests (exactly once, through the platform's inbox): an export part is
 * counted and announced (the part itself is served over REST); an erasure is done, or refused naming the rule.
 */
@ApplicationScoped
public class PrivacySubscription implements EventSubscription {

    static final String SERVICE = "exchange-service";
    private static final Logger LOG = Logger.getLogger(PrivacySubscription.class);

    private final ExchangePersonalData data;
    private final PrivacyRequestsSeen seen;
    private final Outbox outbox;
    private final Pattern topics;

    public PrivacySubscription(ExchangePersonalData data, PrivacyRequestsSeen seen, Outbox outbox, NodeConfig node) {
        this.data = data;
        this.seen = seen;
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
        if (event.data() instanceof PersonExportRequested request) {
            seen.record(new PrivacyRequestsSeen.Seen(request.requestId(), event.institution(), "EXPORT",
                    request.personPseudonym()), event.time());
            int items = data.export(request.personPseudonym()).count();
            outbox.record(event.institution(), new PersonExportPartReady(request.requestId(), SERVICE, items));
        } else if (event.data() instanceof PersonErasureRequested request) {
            seen.record(new PrivacyRequestsSeen.Seen(request.requestId(), event.institution(), "ERASURE",
                    request.personPseudonym()), event.time());
            List<ExchangePersonalData.Hold> holds = data.holds(request.personPseudonym());
            if (!holds.isEmpty()) {
                LOG.infof("erasure %s of %s refused under rule %s", request.requestId(), request.personPseudonym(),
                        holds.get(0).rule());
                outbox.record(event.institution(),
                        new PersonErasureRefused(request.requestId(), SERVICE, holds.get(0).rule()));
                return;
            }
            int changed = data.erase(request.personPseudonym());
            LOG.infof("erasure %s: anonymised %d records of %s", request.requestId(), changed,
                    request.personPseudonym());
            outbox.record(event.institution(), new PersonErasureCompleted(request.requestId(), SERVICE, changed));
        }
        // Confirmations of the other services are for the coordinator.
    }
}

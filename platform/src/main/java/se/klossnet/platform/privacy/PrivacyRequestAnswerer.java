package se.klossnet.platform.privacy;

import java.util.Optional;
import org.jboss.logging.Logger;
import se.klossnet.events.DomainEvent;
import se.klossnet.events.EventEnvelope;
import se.klossnet.events.privacy.PersonErasureCompleted;
import se.klossnet.events.privacy.PersonErasureRefused;
import se.klossnet.events.privacy.PersonErasureRequested;
import se.klossnet.events.privacy.PersonExportPartReady;
import se.klossnet.events.privacy.PersonExportRequested;
import se.klossnet.platform.outbox.Outbox;

/**
 * One service's answer to the node's export and erasure requests, for its privacy subscription (which the platform
 * runs exactly once per event through the inbox): an export part is counted and announced (the part itself is
 * served over REST); an erasure is done, or refused naming the retention rule that keeps the person's records. The
 * answers go out through the outbox, in the subscription's transaction.
 *
 * <p>A plain class, not a bean: each service's subscription constructs it with its own name and personal data.
 */
public final class PrivacyRequestAnswerer {

    private static final Logger LOG = Logger.getLogger(PrivacyRequestAnswerer.class);

    private final String service;
    private final PersonalData data;
    private final Outbox outbox;
    private final Optional<PrivacyRequestsSeen> seen;

    /** For a service that serves no export part over REST, and so needs no record of the requests. */
    public PrivacyRequestAnswerer(String service, PersonalData data, Outbox outbox) {
        this(service, data, outbox, Optional.empty());
    }

    /** For a service that serves its export part over REST: every request is recorded in {@code seen} first. */
    public PrivacyRequestAnswerer(String service, PersonalData data, Outbox outbox, PrivacyRequestsSeen seen) {
        this(service, data, outbox, Optional.of(seen));
    }

    private PrivacyRequestAnswerer(String service, PersonalData data, Outbox outbox,
                                   Optional<PrivacyRequestsSeen> seen) {
        this.service = service;
        this.data = data;
        this.outbox = outbox;
        this.seen = seen;
    }

    /**
     * Answers the event if it is an export or erasure request, in the caller's transaction. Returns false for any
     * other event on the privacy topic (the other services' confirmations, which only the coordinator reads).
     */
    public boolean answer(EventEnvelope<DomainEvent> event) {
        if (event.data() instanceof PersonExportRequested request) {
            remember(event, request.requestId(), "EXPORT", request.personPseudonym());
            int items = data.export(request.personPseudonym()).count();
            outbox.record(event.institution(), new PersonExportPartReady(request.requestId(), service, items));
            return true;
        }
        if (event.data() instanceof PersonErasureRequested request) {
            remember(event, request.requestId(), "ERASURE", request.personPseudonym());
            erase(event.institution(), request);
            return true;
        }
        return false;
    }

    private void erase(String institution, PersonErasureRequested request) {
        Optional<String> rule = data.holdingRule(request.personPseudonym());
        if (rule.isPresent()) {
            LOG.infof("erasure %s of %s refused under rule %s", request.requestId(), request.personPseudonym(),
                    rule.get());
            outbox.record(institution, new PersonErasureRefused(request.requestId(), service, rule.get()));
            return;
        }
        int changed = data.erase(request.personPseudonym());
        LOG.infof("erasure %s: anonymised %d records of %s", request.requestId(), changed, request.personPseudonym());
        outbox.record(institution, new PersonErasureCompleted(request.requestId(), service, changed));
    }

    private void remember(EventEnvelope<DomainEvent> event, String requestId, String kind, String person) {
        seen.ifPresent(s -> s.record(new PrivacyRequestsSeen.Seen(requestId, event.institution(), kind, person),
                event.time()));
    }
}

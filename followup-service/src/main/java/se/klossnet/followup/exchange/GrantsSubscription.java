package se.klossnet.followup.exchange;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.regex.Pattern;
import se.klossnet.events.DomainEvent;
import se.klossnet.events.EventDomain;
import se.klossnet.events.EventEnvelope;
import se.klossnet.events.call.ApplicationGranted;
import se.klossnet.followup.NodeCalendar;
import se.klossnet.platform.messaging.EventSubscription;
import se.klossnet.platform.scope.NodeConfig;

/**
 * The grant decisions of the served institutions: which call an exchange's application belongs to, and the topics
 * of its dissemination plan. Other call events are not needed here and are passed over.
 */
@ApplicationScoped
public class GrantsSubscription implements EventSubscription {

    private final GrantRepository grants;
    private final NodeConfig node;
    private final NodeCalendar calendar;
    private final Pattern topics;

    public GrantsSubscription(GrantRepository grants, NodeConfig node, NodeCalendar calendar) {
        this.grants = grants;
        this.node = node;
        this.calendar = calendar;
        this.topics = ServedTopics.of(node, EventDomain.CALL);
    }

    @Override
    public String name() {
        return "grant-projection";
    }

    @Override
    public Pattern topics() {
        return topics;
    }

    @Override
    public void handle(EventEnvelope<DomainEvent> event) {
        if (!(event.data() instanceof ApplicationGranted granted)) {
            return;
        }
        if (!node.institutions().contains(event.institution())) {
            throw new IllegalArgumentException("institution " + event.institution() + " is not served by this node");
        }
        Grant existing = grants.findById(granted.applicationId());
        if (existing == null) {
            grants.persist(Grant.of(event.institution(), granted, calendar.now()));
        } else if (!existing.institution().equals(event.institution())) {
            throw new IllegalArgumentException("application " + granted.applicationId() + " belongs to another institution");
        }
    }
}

package se.klossnet.exchange.exchange;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import se.klossnet.events.DomainEvent;
import se.klossnet.events.EventEnvelope;
import se.klossnet.events.call.ApplicationGranted;
import se.klossnet.platform.messaging.EventSubscription;
import se.klossnet.platform.scope.NodeConfig;

/** Plans an exchange for every ApplicationGranted of the institutions this node serves. */
@ApplicationScoped
public class GrantSubscription implements EventSubscription {

    private final ExchangePlanning planning;
    private final Pattern topics;

    public GrantSubscription(ExchangePlanning planning, NodeConfig node) {
        this.planning = planning;
        this.topics = Pattern.compile("kloss\\.(" + node.institutions().stream().sorted().map(Pattern::quote)
                .collect(Collectors.joining("|")) + ")\\.call\\.v1");
    }

    @Override
    public String name() {
        return "grants";
    }

    @Override
    public Pattern topics() {
        return topics;
    }

    @Override
    public void handle(EventEnvelope<DomainEvent> event) {
        if (event.data() instanceof ApplicationGranted grant) {
            planning.planFromGrant(event.institution(), grant);
        }
        // The other call events (submissions, reviews, rejections) are none of this service's business.
    }
}

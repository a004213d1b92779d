package se.klossnet.followup.exchange;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.regex.Pattern;
import se.klossnet.events.DomainEvent;
import se.klossnet.events.EventDomain;
import se.klossnet.events.EventEnvelope;
import se.klossnet.platform.messaging.EventSubscription;
import se.klossnet.platform.scope.NodeConfig;

/** The exchange-service's events of the institutions this node serves, into the exchange projection. */
@ApplicationScoped
public class ExchangeEventsSubscription implements EventSubscription {

    public static final String NAME = "exchange-projection";

    private final ExchangeProjection projection;
    private final Pattern topics;

    public ExchangeEventsSubscription(ExchangeProjection projection, NodeConfig node) {
        this.projection = projection;
        this.topics = ServedTopics.of(node, EventDomain.EXCHANGE);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Pattern topics() {
        return topics;
    }

    @Override
    public void handle(EventEnvelope<DomainEvent> event) {
        projection.apply(event);
    }
}

package se.klossnet.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Liveness;
import se.klossnet.platform.messaging.Subscriptions;
import se.klossnet.platform.outbox.OutboxConfig;
import se.klossnet.platform.outbox.OutboxRelay;

/**
 * Live while the outbox relay and every subscription thread run. A broker outage does not make the service
 * unhealthy: the outbox buffers, and the pending count shows the backlog.
 */
@Liveness
@ApplicationScoped
public class MessagingHealth implements HealthCheck {

    private final OutboxRelay relay;
    private final OutboxConfig outboxConfig;
    private final Subscriptions subscriptions;

    public MessagingHealth(OutboxRelay relay, OutboxConfig outboxConfig, Subscriptions subscriptions) {
        this.relay = relay;
        this.outboxConfig = outboxConfig;
        this.subscriptions = subscriptions;
    }

    @Override
    public HealthCheckResponse call() {
        List<String> stopped = subscriptions.stopped();
        boolean relayOk = !outboxConfig.relayEnabled() || relay.isRunning();
        HealthCheckResponseBuilder builder = HealthCheckResponse.named("messaging")
                .status(relayOk && stopped.isEmpty())
                .withData("outboxRelay", relayOk ? "running" : "stopped")
                .withData("outboxPending", relay.pending());
        if (!stopped.isEmpty()) {
            builder.withData("stoppedSubscriptions", String.join(",", stopped));
        }
        return builder.build();
    }
}

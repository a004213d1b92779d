package se.klossnet.platform.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.klossnet.platform.inbox.Inbox;
import se.klossnet.platform.scope.NodeConfig;

/** Starts a runner for every {@link EventSubscription} bean of the service, and stops them on shutdown. */
@ApplicationScoped
public class Subscriptions {

    private final Instance<EventSubscription> subscriptions;
    private final KafkaClients kafkaClients;
    private final Inbox inbox;
    private final MeterRegistry meters;
    private final String serviceName;
    private final NodeConfig node;
    private final boolean enabled;
    private final List<SubscriptionRunner> runners = new ArrayList<>();
    private KafkaProducer<String, byte[]> deadLetterProducer;

    public Subscriptions(Instance<EventSubscription> subscriptions, KafkaClients kafkaClients, Inbox inbox,
                         MeterRegistry meters, @ConfigProperty(name = "quarkus.application.name") String serviceName,
                         NodeConfig node, @ConfigProperty(name = "kloss.subscriptions.enabled", defaultValue = "true") boolean enabled) {
        this.subscriptions = subscriptions;
        this.kafkaClients = kafkaClients;
        this.inbox = inbox;
        this.meters = meters;
        this.serviceName = serviceName;
        this.node = node;
        this.enabled = enabled;
    }

    void onStart(@Observes StartupEvent event) {
        if (!enabled || subscriptions.isUnsatisfied()) {
            return;
        }
        deadLetterProducer = kafkaClients.reliableProducer(serviceName + "-dlq", 30_000);
        for (EventSubscription subscription : subscriptions) {
            // Nodes share the broker, so a group is per node: <node>.<service>.<subscription>. The node's Kafka ACLs
            // allow it exactly the groups with its own prefix (deploy/local/kafka/KafkaSetup.java).
            String group = node.nodeId() + "." + serviceName + "." + subscription.name();
            SubscriptionRunner runner = new SubscriptionRunner(subscription,
                    // A batching subscription gets several batches from one poll: the next one is decoded while
                    // the current one is written, and one offset commit serves them all.
                    kafkaClients.manualCommitConsumer(group, group, subscription.maxBatch() > 1
                            ? 4 * subscription.maxBatch() : 200),
                    new DeadLetters(deadLetterProducer, group, meters), inbox, meters);
            runners.add(runner);
            runner.start();
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        runners.forEach(SubscriptionRunner::stop);
        runners.clear();
        if (deadLetterProducer != null) {
            deadLetterProducer.close(Duration.ofSeconds(5));
        }
    }

    /** Names of subscriptions whose thread has died; empty when all are healthy. */
    public List<String> stopped() {
        return runners.stream().filter(r -> !r.isAlive()).map(SubscriptionRunner::name).toList();
    }
}

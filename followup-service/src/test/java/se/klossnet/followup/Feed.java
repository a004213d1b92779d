package se.klossnet.followup;

import java.time.Clock;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import se.klossnet.events.DomainEvent;
import se.klossnet.events.EventDomain;
import se.klossnet.events.EventEnvelope;
import se.klossnet.events.kafka.CloudEventsKafkaMapping;
import se.klossnet.testing.RealInfrastructure;

/** Publishes events on the real broker as the other services would: CloudEvents records from a plain producer. */
public final class Feed {

    private static KafkaProducer<String, byte[]> producer;

    private Feed() {
    }

    /** Wraps {@code event} as {@code institution}'s, raised now by its domain's service, and sends it. */
    public static EventEnvelope<DomainEvent> publish(String institution, DomainEvent event) {
        String service = se.klossnet.events.EventCatalog.typeOf(event).domain().producingService();
        EventEnvelope<DomainEvent> envelope = EventEnvelope.wrap(institution, service, event, Clock.systemUTC());
        publish(envelope);
        return envelope;
    }

    /** Sends an envelope as it is, e.g. a second time to act out a redelivery. */
    public static void publish(EventEnvelope<?> envelope) {
        try {
            producer().send(CloudEventsKafkaMapping.toRecord(envelope)).get(20, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("cannot publish a test event", e);
        }
    }

    public static String followupTopic(String institution) {
        return se.klossnet.events.Topics.of(institution, EventDomain.FOLLOWUP);
    }

    private static synchronized KafkaProducer<String, byte[]> producer() {
        if (producer == null) {
            Properties p = new Properties();
            p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, RealInfrastructure.kafka().bootstrapServers());
            p.put(ProducerConfig.ACKS_CONFIG, "all");
            producer = new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer());
            Runtime.getRuntime().addShutdownHook(new Thread(() -> producer.close()));
        }
        return producer;
    }
}

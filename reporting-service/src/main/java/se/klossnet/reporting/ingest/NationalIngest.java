package se.klossnet.reporting.ingest;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.klossnet.events.DomainEvent;
import se.klossnet.events.EventEnvelope;
import se.klossnet.events.Topics;
import se.klossnet.platform.messaging.EventSubscription;
import se.klossnet.reporting.projection.EventProjector;
import se.klossnet.reporting.projection.ProjectionVersions;

/**
 * The hub's one consumer: every institution's call, exchange and followup topics, by pattern, so a new member's
 * topics are read as soon as the consumer's metadata refresh sees them (kafka.metadata.max.age.ms), without a
 * restart. Events of any institution are taken, member or not: the register only names them.
 *
 * <p>The platform runs {@link #handle} in a transaction of its own (or, for the events of one poll,
 * {@link #handleAll} in batches of {@code kloss.reporting.ingest.batch-size}) and sends undecodable records (unknown
 * type or schema version) to {@code <topic>.dlq}. Each event goes to every active projection version: the live one
 * and, during a rebuild, the one being built. Each version keeps a row per event applied ({@code rp_event}, written
 * in the same transaction as the facts), so a redelivered event changes nothing without the platform's inbox: the
 * subscription {@linkplain #deduplicatesItself() de-duplicates itself}, which saves one of three writes per event.
 */
@ApplicationScoped
public class NationalIngest implements EventSubscription {

    /** The subscription's name; the consumer group is {@code <node>.reporting-service.national-ingest}. */
    public static final String NAME = "national-ingest";

    private final ProjectionVersions versions;
    private final EventProjector projector;

    private final int batchSize;

    public NationalIngest(ProjectionVersions versions, EventProjector projector,
                          @ConfigProperty(name = "kloss.reporting.ingest.batch-size", defaultValue = "500") int batchSize) {
        this.versions = versions;
        this.projector = projector;
        this.batchSize = batchSize;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Pattern topics() {
        return Topics.ALL_DOMAIN_TOPICS;
    }

    @Override
    public void handle(EventEnvelope<DomainEvent> event) {
        for (int version : versions.active()) {
            projector.apply(version, event);
        }
    }

    /** The hub reads every institution's events: up to this many of a poll share one transaction. */
    @Override
    public int maxBatch() {
        return batchSize;
    }

    /** {@link EventProjector} applies an event to a version only when the version's {@code rp_event} row is new. */
    @Override
    public boolean deduplicatesItself() {
        return true;
    }

    @Override
    public void handleAll(List<EventEnvelope<DomainEvent>> events) {
        for (int version : versions.active()) {
            projector.applyAll(version, events);
        }
    }
}

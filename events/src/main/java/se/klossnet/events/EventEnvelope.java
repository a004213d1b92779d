package se.klossnet.events;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The metadata that travels with every event. On Kafka it maps onto the CloudEvents 1.0 attributes
 * ({@code id, type, source, subject, time}) plus the extensions {@code institution} and {@code schemaversion}.
 *
 * @param id            unique per event; consumers deduplicate on it
 * @param type          the CloudEvents type, see {@link EventType#cloudEventType()}
 * @param source        {@code /institutions/<id>/<service>}
 * @param subject       the aggregate id, also the Kafka key
 * @param time          when the fact happened
 * @param institution   the institution the event belongs to
 * @param schemaVersion the payload's schema version
 * @param data          the payload
 */
public record EventEnvelope<T extends DomainEvent>(UUID id, String type, URI source, String subject, Instant time,
                                                   String institution, int schemaVersion, T data) {

    public EventEnvelope {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(time, "time");
        Topics.requireInstitutionId(institution);
        Objects.requireNonNull(data, "data");
    }

    /** Wraps a new event of {@code institution}, raised now by {@code service}. */
    public static <T extends DomainEvent> EventEnvelope<T> wrap(String institution, String service, T event, Clock clock) {
        EventType eventType = EventCatalog.typeOf(event);
        return new EventEnvelope<>(UUID.randomUUID(), eventType.cloudEventType(), sourceOf(institution, service),
                event.aggregateId(), clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS),
                institution, eventType.schemaVersion(), event);
    }

    public static URI sourceOf(String institution, String service) {
        return URI.create("/institutions/" + Topics.requireInstitutionId(institution) + "/" + service);
    }

    public EventType eventType() {
        return EventCatalog.typeOf(data);
    }

    /** The topic this event is published on. */
    public String topic() {
        return Topics.of(institution, eventType().domain());
    }
}

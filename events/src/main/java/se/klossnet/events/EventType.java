package se.klossnet.events;

/**
 * One entry of the catalogue: the record class, its domain and its schema version.
 *
 * @param name          the simple name, e.g. {@code ApplicationGranted}
 * @param recordClass   the payload record
 * @param domain        the domain (and so the topic) it belongs to
 * @param schemaVersion bumped on every change of the record; old consumers send unknown versions to the DLQ
 */
public record EventType(String name, Class<? extends DomainEvent> recordClass, EventDomain domain, int schemaVersion) {

    public static final String TYPE_PREFIX = "se.klossnet.";

    /** The CloudEvents {@code type} attribute, e.g. {@code se.klossnet.call.ApplicationGranted}. */
    public String cloudEventType() {
        return TYPE_PREFIX + domain.topicSegment() + "." + name;
    }
}

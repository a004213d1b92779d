package se.klossnet.events;

/**
 * A fact that one service publishes for others. Every implementation is an immutable record that carries
 * pseudonymous ids and figures only: never a name, an e-mail address, a personnummer or free text.
 *
 * <p>Each domain has a sealed sub-interface ({@code CallEvent}, {@code ExchangeEvent}, {@code FollowupEvent});
 * Java allows sealing across packages only inside a named module, so this root is open and
 * {@code EventCatalogTest} checks that the catalogue lists every permitted record.
 */
public interface DomainEvent {

    /** The id of the aggregate the event is about. It is the Kafka key and the CloudEvents subject. */
    String aggregateId();
}

package se.klossnet.events;

import java.util.Locale;

/** The domains that own a topic each: {@code kloss.<institution>.<domain>.v1}. */
public enum EventDomain {
    CALL("call-service", true),
    EXCHANGE("exchange-service", true),
    FOLLOWUP("followup-service", true),
    /**
     * A node's own coordination of access exports and erasures. The call-service coordinates (it publishes the
     * requests); the exchange- and followup-service publish their confirmations on the same topic. Not national:
     * the hub's pattern subscription leaves it out.
     */
    PRIVACY("call-service", false);

    private final String producingService;
    private final boolean national;

    EventDomain(String producingService, boolean national) {
        this.producingService = producingService;
        this.national = national;
    }

    /** Whether the national hub reads this domain's topics ({@link Topics#ALL_DOMAIN_TOPICS}). */
    public boolean national() {
        return national;
    }

    /** The lower-case name used in topic names and CloudEvents types. */
    public String topicSegment() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String producingService() {
        return producingService;
    }
}

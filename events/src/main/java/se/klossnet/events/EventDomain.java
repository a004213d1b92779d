package se.klossnet.events;

import java.util.Locale;

/** The domains that own a topic each: {@code kloss.<institution>.<domain>.v1}. */
public enum EventDomain {
    CALL("call-service"),
    EXCHANGE("exchange-service"),
    FOLLOWUP("followup-service");

    private final String producingService;

    EventDomain(String producingService) {
        this.producingService = producingService;
    }

    /** The lower-case name used in topic names and CloudEvents types. */
    public String topicSegment() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String producingService() {
        return producingService;
    }
}

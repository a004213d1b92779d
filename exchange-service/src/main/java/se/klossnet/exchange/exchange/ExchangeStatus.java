package se.klossnet.exchange.exchange;

/** Where an exchange stands. REGISTERED and DECLINED belong to the INBOUND fast track only. */
public enum ExchangeStatus {
    /** An INBOUND registration waiting for the host department's manager. */
    REGISTERED,
    PLANNED,
    AGREEMENT_SIGNED,
    ONGOING,
    COMPLETED,
    CANCELLED,
    /** The host department's manager said no to an INBOUND registration. */
    DECLINED;

    public boolean isOpen() {
        return this == REGISTERED || this == PLANNED || this == AGREEMENT_SIGNED || this == ONGOING;
    }
}

package se.klossnet.followup.exchange;

/** Where an exchange is, as far as its events tell. Derived from the facts, never set directly. */
public enum ExchangeState {
    PLANNED,
    AGREEMENT_SIGNED,
    ONGOING,
    COMPLETED,
    CANCELLED
}

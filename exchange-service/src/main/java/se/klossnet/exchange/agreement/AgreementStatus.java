package se.klossnet.exchange.agreement;

public enum AgreementStatus {
    AWAITING_SIGNATURES,
    /** All three parties signed this version. */
    SIGNED,
    /** A later version replaced this one before all had signed; its signatures count for nothing. */
    VOID
}

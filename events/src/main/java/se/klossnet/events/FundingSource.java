package se.klossnet.events;

public enum FundingSource {
    VINNOVA,
    OWN_FUNDS,
    ERASMUS_PLUS,
    OTHER
}

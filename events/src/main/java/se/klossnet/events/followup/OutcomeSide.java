package se.klossnet.events.followup;

/** Where the effect was seen: within academia or outside it. */
public enum OutcomeSide {
    ACADEMIA,
    EXTERNAL
}

package se.klossnet.events;

/** Which way a person moves. */
public enum Direction {
    /** Academia to an external organisation (KLOSS AkUt, PAUS). */
    OUTBOUND,
    /** An external person affiliated to academia ("Affilierad kompetens"). */
    INBOUND,
    /** A Knowledge Alliance consortium (Erasmus+). */
    ALLIANCE
}

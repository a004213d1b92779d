package se.klossnet.call.application;

/** The kinds of organisation a Knowledge Alliance counts. */
public enum PartnerType {
    /** A higher-education institution. */
    HEI,
    /** A company. */
    ENTERPRISE,
    /** Anything else: an agency, a municipality, an NGO, a research institute. */
    OTHER
}

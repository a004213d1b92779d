package se.klossnet.exchange.agreement;

/** The three parties whose signatures make an agreement binding. */
public enum SigningParty {
    /** The person on exchange: with their staff account, or through a link when they have none. */
    PARTICIPANT,
    /** The home institution's signatory (a coordinator). */
    HOME_INSTITUTION,
    /** The host organisation's contact (for INBOUND: the employer's), who has no account and signs through a link. */
    HOST_CONTACT
}

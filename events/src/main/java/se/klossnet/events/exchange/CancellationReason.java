package se.klossnet.events.exchange;

/** A coded reason, so that no free text leaves the node. */
public enum CancellationReason {
    PARTICIPANT_WITHDREW,
    HOST_WITHDREW,
    FUNDING_WITHDRAWN,
    AGREEMENT_NOT_SIGNED,
    OTHER
}

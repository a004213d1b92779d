package se.klossnet.call.application;

/**
 * DRAFT → SUBMITTED → ENDORSED or ENDORSEMENT_DECLINED → GRANTED or REJECTED; WITHDRAWN at any point after
 * submission until the decision.
 */
public enum ApplicationStatus {
    DRAFT,
    SUBMITTED,
    ENDORSED,
    ENDORSEMENT_DECLINED,
    WITHDRAWN,
    GRANTED,
    REJECTED;

    /** Submitted and still waiting for its decision: may be withdrawn or decided. */
    public boolean awaitsDecision() {
        return this == SUBMITTED || this == ENDORSED || this == ENDORSEMENT_DECLINED;
    }
}

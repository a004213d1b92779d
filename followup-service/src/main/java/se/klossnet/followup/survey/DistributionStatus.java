package se.klossnet.followup.survey;

public enum DistributionStatus {
    /** Waiting for its trigger: the exchange's completion, or its date. */
    SCHEDULED,
    /** Sent and waiting for an answer. */
    OPEN,
    /** Answered; a link to it no longer works. */
    ANSWERED,
    /** Withdrawn because the exchange was cancelled; its link no longer works. */
    WITHDRAWN
}

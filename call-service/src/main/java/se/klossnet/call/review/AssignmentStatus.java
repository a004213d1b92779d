package se.klossnet.call.review;

/** AWAITING_DECLARATION → CLEARED (no conflict of interest; may see and score) or CONFLICTED (off the application). */
public enum AssignmentStatus {
    AWAITING_DECLARATION,
    CLEARED,
    CONFLICTED
}

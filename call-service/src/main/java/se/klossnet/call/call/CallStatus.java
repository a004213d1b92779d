package se.klossnet.call.call;

/** DRAFT → OPEN (published) → CLOSED (at the deadline or by hand) → DECIDED → ARCHIVED. */
public enum CallStatus {
    DRAFT,
    OPEN,
    CLOSED,
    DECIDED,
    ARCHIVED
}

package se.klossnet.call.call;

/** Who may apply to a call. */
public enum StaffCategory {
    TEACHER,
    RESEARCHER,
    DOCTORAL_STUDENT,
    TECHNICAL_ADMINISTRATIVE,
    /** An external person affiliated to the institution (INBOUND programmes such as "Affilierad kompetens"). */
    AFFILIATED_EXTERNAL
}

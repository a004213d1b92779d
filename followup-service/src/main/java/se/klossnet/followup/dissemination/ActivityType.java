package se.klossnet.followup.dissemination;

/** Kinds of dissemination activity, as published in DisseminationReported. */
public enum ActivityType {
    SEMINAR,
    ARTICLE,
    COURSE,
    REPORT,
    WEB,
    CONFERENCE,
    OTHER
}

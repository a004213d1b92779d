package se.klossnet.followup.outcome;

/** Who reported an outcome: the participant themselves or a coordinator on their behalf. */
public enum ReporterRole {
    PARTICIPANT,
    COORDINATOR
}

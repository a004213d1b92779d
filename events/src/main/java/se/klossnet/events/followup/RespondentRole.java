package se.klossnet.events.followup;

public enum RespondentRole {
    PARTICIPANT,
    HOST_CONTACT,
    MANAGER
}

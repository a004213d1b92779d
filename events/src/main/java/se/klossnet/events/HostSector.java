package se.klossnet.events;

public enum HostSector {
    BUSINESS,
    PUBLIC,
    CIVIL_SOCIETY,
    ACADEMIA
}

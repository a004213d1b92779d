package se.klossnet.call.call;

import java.util.UUID;

/**
 * What the call's lifecycle needs to know about its applications, answered by the application feature. Keeps this
 * package free of a dependency on applications, which depend on calls.
 */
public interface ApplicationTally {

    /** Applications submitted and not withdrawn: the count that {@code CallClosed} reports. */
    int standing(UUID callId);

    /** Submitted applications that are neither decided nor withdrawn. */
    int undecided(UUID callId);
}

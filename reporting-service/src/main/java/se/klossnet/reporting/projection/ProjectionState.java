package se.klossnet.reporting.projection;

/** Where a projection version is in its life. */
public enum ProjectionState {
    /** Being filled by a rebuild; the live consumer writes to it as well, so it misses nothing. */
    BUILDING,
    /** What every query reads. Exactly one version is live. */
    LIVE,
    /** Replaced by a newer version; its rows are purged after a grace period. */
    RETIRED,
    /** A rebuild that did not finish (an error, or a restart); its rows are purged. */
    FAILED
}

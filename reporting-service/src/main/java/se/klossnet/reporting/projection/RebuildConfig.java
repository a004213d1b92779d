package se.klossnet.reporting.projection;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How a rebuild replays the topics, and how long a replaced projection is kept. */
@ConfigMapping(prefix = "kloss.reporting.rebuild")
public interface RebuildConfig {

    /**
     * Records applied per transaction (and read per poll) while replaying. Larger is faster; the live consumer, which
     * writes to the version being built too, waits less when smaller.
     */
    @WithDefault("2000")
    int batchSize();

    /**
     * Threads that write the replayed batches, each in transactions of its own; each topic partition goes to one of
     * them (see {@link ReplayReader}). 1 writes one batch at a time.
     */
    @WithDefault("2")
    int writers();

    /** A pause after each batch, to leave the database to live ingest and queries on a busy hub. */
    @WithDefault("PT0S")
    Duration pauseBetweenBatches();

    /** How long the rows of a replaced version are kept, so that queries that read it just before the swap finish. */
    @WithDefault("PT10M")
    Duration retiredGrace();

    /**
     * Whether a rebuild loads its version into UNLOGGED partitions, set LOGGED at the swap (see
     * {@link VersionPartitions}). Off, the load writes WAL as it goes, as live ingest does.
     */
    @WithDefault("true")
    boolean unloggedWhileBuilding();

    /** How long a replay may wait for the broker (listing topics, end offsets) before the rebuild fails. */
    @WithDefault("PT30S")
    Duration kafkaTimeout();
}

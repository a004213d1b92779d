package se.klossnet.platform.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Tuning of the outbox relay. */
@ConfigMapping(prefix = "kloss.outbox")
public interface OutboxConfig {

    /** Whether this instance runs a relay. Several instances may; a database lock lets one publish at a time. */
    @WithDefault("true")
    boolean relayEnabled();

    /**
     * How often an idle relay looks for new rows. It goes on at once while rows are waiting, and is woken as soon as
     * a transaction of this instance that recorded an event commits.
     */
    @WithDefault("100ms")
    Duration pollInterval();

    /** Rows read per query. */
    @WithDefault("500")
    int batchSize();

    /**
     * Reads of {@link #batchSize()} rows sent in one transaction before the relay waits for the broker's
     * acknowledgements and marks them: while the broker takes one read's records, the next read is running, so the
     * database and the broker work at the same time instead of in turn.
     */
    @WithDefault("8")
    int readsPerTransaction();

    /** How long the relay waits for the broker to acknowledge a batch before it tries again. */
    @WithDefault("30s")
    Duration sendTimeout();

    /** The longest pause between attempts while the broker is unreachable. */
    @WithDefault("5s")
    Duration maxBackoff();

    /** Published rows are kept this long for diagnosis, then deleted. */
    @WithDefault("P7D")
    Duration keepPublished();
}

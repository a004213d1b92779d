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

    /** How often an idle relay looks for new rows. It goes on at once while rows are waiting. */
    @WithDefault("100ms")
    Duration pollInterval();

    /** Rows published per round trip. */
    @WithDefault("500")
    int batchSize();

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

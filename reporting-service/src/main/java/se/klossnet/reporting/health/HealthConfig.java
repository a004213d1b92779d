package se.klossnet.reporting.health;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How the hub judges the network's health. */
@ConfigMapping(prefix = "kloss.reporting.health")
public interface HealthConfig {

    /** An institution whose latest event is older than this is shown as stale. */
    @WithDefault("PT48H")
    Duration staleAfter();

    /** How long the health view waits for the broker's offsets before showing lag as unknown. */
    @WithDefault("PT5S")
    Duration kafkaTimeout();
}

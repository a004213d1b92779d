package se.klossnet.gateway.audit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;

/** How the gateway keeps its audit log. */
@ConfigMapping(prefix = "kloss.gateway.audit")
public interface AuditConfig {

    /** Path prefixes that are not audited: probes and metrics scrapes would drown the log. */
    @WithDefault("/q/")
    List<String> excludedPaths();

    /** How many entries may wait for the database; beyond that they are dropped and counted. */
    @WithDefault("10000")
    int queueCapacity();

    /** The most entries written in one transaction. */
    @WithDefault("500")
    int batchSize();
}

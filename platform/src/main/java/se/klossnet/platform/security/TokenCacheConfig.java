package se.klossnet.platform.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** {@code kloss.security.token-cache.*}: see {@link VerifiedTokenCache}. */
@ConfigMapping(prefix = "kloss.security.token-cache")
public interface TokenCacheConfig {

    /** Off: every request's token is verified again (signature and claims). */
    @WithDefault("true")
    boolean enabled();

    /** Distinct tokens kept; the least recently written go first. */
    @WithDefault("10000")
    long maxSize();

    /** The longest a verified identity is kept, even when its token lives longer. */
    @WithDefault("5m")
    Duration maxAge();
}

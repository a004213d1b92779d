package se.klossnet.gateway.ratelimit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The gateway's rate limits. Environment form: {@code KLOSS_GATEWAY_RATE_LIMIT_PER_USER_PERMITS=600} etc. */
@ConfigMapping(prefix = "kloss.gateway.rate-limit")
public interface RateLimitConfig {

    /** Requests one user (token subject; an anonymous caller's address) may make per {@link #perUserPeriod()}. */
    @WithDefault("600")
    long perUserPermits();

    @WithDefault("1m")
    Duration perUserPeriod();

    /** Requests one OAuth client (an institution's system) may make per {@link #perClientPeriod()}, all its tokens together. */
    @WithDefault("6000")
    long perClientPermits();

    @WithDefault("1m")
    Duration perClientPeriod();

    /**
     * Limits of particular OAuth clients, by client id, in place of {@link #perClientPermits()}: one institution's
     * system may get a larger (or smaller) share than the rest, e.g.
     * {@code kloss.gateway.rate-limit.clients."kth-systems".permits=20000}. None by default.
     */
    Map<String, ClientLimit> clients();

    /** One client's own limit. */
    interface ClientLimit {

        long permits();

        /** The period of {@link #permits()}; {@link #perClientPeriod()} when not set. */
        Optional<Duration> period();
    }

    /**
     * Clients that act for many people (the gateway's own browser client and the demo password-grant client): they
     * are limited per user only, never as a whole.
     */
    @WithDefault("kloss-gateway,kloss-web")
    Set<String> userFacingClients();

    /** How many callers' buckets are kept; the least recently seen are forgotten first. */
    @WithDefault("100000")
    long maxTrackedCallers();
}

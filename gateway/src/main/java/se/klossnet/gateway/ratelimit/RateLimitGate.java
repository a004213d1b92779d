package se.klossnet.gateway.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.Set;
import se.klossnet.gateway.identity.Caller;

/**
 * Admits a request or tells how long the caller must wait. Two Bucket4j token buckets apply at once: one per user
 * (the token's subject) and one per OAuth client, so that one institution system cannot starve the others; either
 * one empty refuses the request. Buckets refill greedily (a steady trickle, not a burst at the period's end).
 */
@ApplicationScoped
public class RateLimitGate {

    private final RateLimitConfig config;
    private final Cache<String, Bucket> buckets;

    public RateLimitGate(RateLimitConfig config) {
        this.config = config;
        this.buckets = Caffeine.newBuilder()
                .maximumSize(config.maxTrackedCallers())
                .expireAfterAccess(longest(config).multipliedBy(2))
                .build();
    }

    /**
     * @return empty when admitted, else the whole seconds to wait (at least 1) for the Retry-After header
     */
    public OptionalLong admit(Caller caller, String remoteAddress) {
        Keys keys = keys(caller, remoteAddress, config.userFacingClients());
        Bucket user = buckets.get(keys.user(), k -> bucket(config.perUserPermits(), config.perUserPeriod()));
        ConsumptionProbe byUser = user.tryConsumeAndReturnRemaining(1);
        if (!byUser.isConsumed()) {
            return OptionalLong.of(seconds(byUser.getNanosToWaitForRefill()));
        }
        Bucket client = buckets.get(keys.client(), k -> k.startsWith("client:") ? clientBucket(caller.client())
                : bucket(config.perClientPermits(), config.perClientPeriod()));
        ConsumptionProbe byClient = client.tryConsumeAndReturnRemaining(1);
        if (!byClient.isConsumed()) {
            user.addTokens(1); // the user's token was not used after all
            return OptionalLong.of(seconds(byClient.getNanosToWaitForRefill()));
        }
        return OptionalLong.empty();
    }

    /** The bucket keys of one caller: pseudonymous ids, never names. */
    record Keys(String user, String client) {
    }

    static Keys keys(Caller caller, String remoteAddress, Set<String> userFacingClients) {
        String user = caller.subject() != null ? "sub:" + caller.subject() : "ip:" + remoteAddress;
        String client = caller.client() == null || userFacingClients.contains(caller.client())
                ? "for:" + user : "client:" + caller.client();
        return new Keys(user, client);
    }

    /** A client's bucket: its own limit where one is configured, else the common per-client one. */
    private Bucket clientBucket(String clientId) {
        RateLimitConfig.ClientLimit own = clientId == null ? null : config.clients().get(clientId);
        if (own == null) {
            return bucket(config.perClientPermits(), config.perClientPeriod());
        }
        return bucket(own.permits(), own.period().orElse(config.perClientPeriod()));
    }

    private static Bucket bucket(long permits, Duration period) {
        return Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(permits).refillGreedy(permits, period).build())
                .build();
    }

    private static long seconds(long nanos) {
        return Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L);
    }

    /** The longest period of any limit: a bucket is kept at least twice that long after its last use. */
    private static Duration longest(RateLimitConfig config) {
        Duration longest = config.perUserPeriod().compareTo(config.perClientPeriod()) >= 0
                ? config.perUserPeriod() : config.perClientPeriod();
        for (RateLimitConfig.ClientLimit own : config.clients().values()) {
            Duration period = own.period().orElse(longest);
            longest = period.compareTo(longest) > 0 ? period : longest;
        }
        return longest;
    }
}

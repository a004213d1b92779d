package se.klossnet.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.klossnet.gateway.identity.Caller;

/** The per-client buckets, with one client's own limit (kloss.gateway.rate-limit.clients."kth-systems".permits). */
class RateLimitGateTest {

    private final RateLimitGate gate = new RateLimitGate(new Limits(100, 1000, Map.of("kth-systems", 3L)));

    @Test
    void aClientWithItsOwnLimitIsRefusedBeyondItWhileOtherClientsGoOn() {
        for (int i = 0; i < 3; i++) {
            assertThat(gate.admit(machine("sa-kth", "kth-systems"), "10.0.0.1")).isEmpty();
        }
        OptionalLong refused = gate.admit(machine("sa-kth", "kth-systems"), "10.0.0.1");
        assertThat(refused).isPresent();
        assertThat(refused.getAsLong()).isBetween(1L, 60L);
        // another token subject of the same client shares its bucket
        assertThat(gate.admit(machine("sa-kth-2", "kth-systems"), "10.0.0.2")).isPresent();
        for (int i = 0; i < 10; i++) {
            assertThat(gate.admit(machine("sa-mau", "mau-systems"), "10.0.0.3")).isEmpty();
        }
    }

    @Test
    void aRefusalByTheClientsBucketDoesNotUseUpTheUsersOwn() {
        RateLimitGate small = new RateLimitGate(new Limits(5, 1000, Map.of("kth-systems", 2L)));
        small.admit(machine("sa-kth", "kth-systems"), "10.0.0.1");
        small.admit(machine("sa-kth", "kth-systems"), "10.0.0.1");
        for (int i = 0; i < 10; i++) {
            assertThat(small.admit(machine("sa-kth", "kth-systems"), "10.0.0.1")).isPresent();
        }
        // a user-facing client is limited per user only, and that user's bucket was not drained by the refusals
        for (int i = 0; i < 5; i++) {
            assertThat(small.admit(machine("u-1", "kloss-gateway"), "10.0.0.4")).isEmpty();
        }
    }

    private static Caller machine(String subject, String client) {
        return new Caller(subject, client, "kth", Set.of("finance"), "token", false);
    }

    private record Limits(long perUser, long perClient, Map<String, Long> own) implements RateLimitConfig {

        @Override
        public long perUserPermits() {
            return perUser;
        }

        @Override
        public Duration perUserPeriod() {
            return Duration.ofMinutes(1);
        }

        @Override
        public long perClientPermits() {
            return perClient;
        }

        @Override
        public Duration perClientPeriod() {
            return Duration.ofMinutes(1);
        }

        @Override
        public Map<String, ClientLimit> clients() {
            Map<String, ClientLimit> limits = new java.util.HashMap<>();
            own.forEach((client, permits) -> limits.put(client, new ClientLimit() {
                @Override
                public long permits() {
                    return permits;
                }

                @Override
                public Optional<Duration> period() {
                    return Optional.empty();
                }
            }));
            return limits;
        }

        @Override
        public Set<String> userFacingClients() {
            return Set.of("kloss-gateway", "kloss-web");
        }

        @Override
        public long maxTrackedCallers() {
            return 1000;
        }
    }
}

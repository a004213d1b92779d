package se.klossnet.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The cache's own rules, without a server: what it keeps, and that it never serves an expired identity. */
class VerifiedTokenCacheTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-22T12:00:00Z"));
    private final VerifiedTokenCache cache = new VerifiedTokenCache(config(true), clock);

    @Test
    void anIdentityIsServedUntilItsTokenExpiresAndNeverAfter() {
        cache.remember(identity("token-a", "Default", clock.instant().plusSeconds(60)));
        assertThat(cache.find(jwt("token-a"))).map(i -> i.getPrincipal().getName()).contains("token-a-user");

        clock.advance(Duration.ofSeconds(59));
        assertThat(cache.find(jwt("token-a"))).isPresent();
        clock.advance(Duration.ofSeconds(1));
        assertThat(cache.find(jwt("token-a"))).isEmpty();
        assertThat(cache.size()).isZero();
    }

    @Test
    void onlyUnexpiredBearerTokensOfTheDefaultTenantAreKept() {
        cache.remember(identity("expired", "Default", clock.instant().minusSeconds(1)));
        cache.remember(identity("web-tenant", "web", clock.instant().plusSeconds(60)));
        cache.remember(QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal("x"))
                .addAttribute(VerifiedTokenCache.TENANT_ID, "Default")
                .addAttribute(VerifiedTokenCache.EXPIRE_TIME, clock.instant().plusSeconds(60).getEpochSecond())
                .build()); // no bearer token
        assertThat(cache.size()).isZero();
        assertThat(cache.find(jwt("expired"))).isEmpty();
        assertThat(cache.find(jwt("web-tenant"))).isEmpty();
    }

    @Test
    void eachTokenHasItsOwnIdentity() {
        cache.remember(identity("token-a", "Default", clock.instant().plusSeconds(60)));
        cache.remember(identity("token-b", "Default", clock.instant().plusSeconds(60)));
        assertThat(cache.find(jwt("token-a"))).map(i -> i.getPrincipal().getName()).contains("token-a-user");
        assertThat(cache.find(jwt("token-b"))).map(i -> i.getPrincipal().getName()).contains("token-b-user");
        assertThat(cache.find(jwt("token-c"))).isEmpty();
    }

    @Test
    void theRequestAnIdentityWasVerifiedOnIsNotKept() {
        SecurityIdentity verified = QuarkusSecurityIdentity.builder(identity("token-a", "Default",
                        clock.instant().plusSeconds(60)))
                .addAttribute(io.vertx.ext.web.RoutingContext.class.getName(), new Object())
                .build();
        cache.remember(verified);
        SecurityIdentity kept = cache.find(jwt("token-a")).orElseThrow();
        assertThat(kept.getAttributes()).doesNotContainKey(io.vertx.ext.web.RoutingContext.class.getName())
                .containsEntry(VerifiedTokenCache.TENANT_ID, "Default");
        assertThat(kept.getRoles()).containsExactly("coordinator");
        assertThat(kept.getCredential(AccessTokenCredential.class).getToken()).isEqualTo(jwt("token-a"));
    }

    @Test
    void aDisabledCacheKeepsNothing() {
        VerifiedTokenCache off = new VerifiedTokenCache(config(false), clock);
        off.remember(identity("token-a", "Default", clock.instant().plusSeconds(60)));
        assertThat(off.find(jwt("token-a"))).isEmpty();
    }

    /** A JWT-shaped token text (header.claims.signature): the cache keeps JWTs only, opaque tokens are not. */
    private static String jwt(String name) {
        String claims = java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString(("{\"sub\":\"" + name + "\"}").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return "eyJhbGciOiJSUzI1NiJ9." + claims + ".c2lnbmF0dXJl";
    }

    private static SecurityIdentity identity(String token, String tenant, Instant expiry) {
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(token + "-user"))
                .addRole("coordinator")
                .addCredential(new AccessTokenCredential(jwt(token)))
                .addAttribute(VerifiedTokenCache.TENANT_ID, tenant)
                .addAttribute(VerifiedTokenCache.EXPIRE_TIME, expiry.getEpochSecond())
                .build();
    }

    private static TokenCacheConfig config(boolean enabled) {
        return new TokenCacheConfig() {
            @Override
            public boolean enabled() {
                return enabled;
            }

            @Override
            public long maxSize() {
                return 100;
            }

            @Override
            public Duration maxAge() {
                return Duration.ofMinutes(5);
            }
        };
    }

    private static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}

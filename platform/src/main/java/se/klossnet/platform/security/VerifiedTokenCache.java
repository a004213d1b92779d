package se.klossnet.platform.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;

/**
 * The identities of bearer tokens this process has verified already, keyed by the exact token text, each kept until
 * its token expires (and at most {@code kloss.security.token-cache.max-age}).
 *
 * <p>Why: a client sends the same access token with every request until it expires, and verifying its RSA
 * signature and claims again each time was the largest single cost of a request (about a fifth to a quarter of the
 * CPU of a REST call and of the gateway's hop, JFR profiles in bench/results). A token that was valid for a
 * signature check stays valid until its {@code exp}; a cached identity is never served after that, so the cache
 * accepts nothing the verifier would refuse at that moment, apart from a signing key withdrawn in the meantime,
 * which Quarkus OIDC, checking against its cached key set, would not notice within this time either. Only
 * successfully verified bearer tokens of the default tenant are kept; invalid tokens are never stored.
 */
@ApplicationScoped
public class VerifiedTokenCache {

    /** Quarkus OIDC's identity attribute with the token's expiry, in epoch seconds. */
    static final String EXPIRE_TIME = "quarkus.identity.expire-time";
    static final String TENANT_ID = "tenant-id";
    static final String DEFAULT_TENANT = "Default";
    /** Attributes that refer to the request an identity was verified on. */
    static final Set<String> REQUEST_ATTRIBUTES = Set.of(RoutingContext.class.getName(),
            AuthenticationRequestContext.class.getName());

    private final Cache<String, SecurityIdentity> identities;
    private final Clock clock;
    private final boolean enabled;

    public VerifiedTokenCache(TokenCacheConfig config, Clock clock) {
        this.clock = clock;
        this.enabled = config.enabled();
        this.identities = Caffeine.newBuilder()
                .maximumSize(config.maxSize())
                .expireAfterWrite(config.maxAge())
                .build();
    }

    /** The identity verified earlier for this token, if it has not expired since. */
    public Optional<SecurityIdentity> find(String token) {
        if (!enabled || token == null) {
            return Optional.empty();
        }
        SecurityIdentity identity = identities.getIfPresent(token);
        if (identity == null) {
            return Optional.empty();
        }
        if (!unexpired(identity)) {
            identities.invalidate(token);
            return Optional.empty();
        }
        return Optional.of(identity);
    }

    /** Keeps a freshly verified identity, when it is a bearer token's of the default tenant with a known expiry. */
    public void remember(SecurityIdentity identity) {
        if (!enabled || identity == null || identity.isAnonymous()
                || !DEFAULT_TENANT.equals(identity.getAttribute(TENANT_ID))
                || !(identity.getAttribute(EXPIRE_TIME) instanceof Long) || !unexpired(identity)) {
            return;
        }
        AccessTokenCredential credential = identity.getCredential(AccessTokenCredential.class);
        if (credential == null || credential.isOpaque() || credential.getToken() == null) {
            return;
        }
        if (identities.getIfPresent(credential.getToken()) == null) {
            identities.put(credential.getToken(), withoutRequest(identity));
        }
    }

    /**
     * The identity without the attributes that belong to the request it was verified on (its routing context holds
     * that request's buffers): a cached identity must not keep a finished request in memory.
     */
    static SecurityIdentity withoutRequest(SecurityIdentity identity) {
        QuarkusSecurityIdentity.Builder copy = QuarkusSecurityIdentity.builder()
                .setPrincipal(identity.getPrincipal())
                .addRoles(identity.getRoles())
                .addCredentials(identity.getCredentials());
        identity.getAttributes().forEach((name, value) -> {
            if (!REQUEST_ATTRIBUTES.contains(name)) {
                copy.addAttribute(name, value);
            }
        });
        return copy.build();
    }

    long size() {
        identities.cleanUp();
        return identities.estimatedSize();
    }

    private boolean unexpired(SecurityIdentity identity) {
        return identity.getAttribute(EXPIRE_TIME) instanceof Long expiry && clock.instant().getEpochSecond() < expiry;
    }
}

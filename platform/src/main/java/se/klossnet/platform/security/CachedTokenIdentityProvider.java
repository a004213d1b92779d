package se.klossnet.platform.security;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * Asked before Quarkus OIDC's provider (higher priority): answers a bearer token it has verified before from
 * {@link VerifiedTokenCache}, otherwise answers nothing, and the OIDC provider verifies the token as usual
 * ({@link VerifiedTokenRecorder} then keeps the result).
 */
@ApplicationScoped
public class CachedTokenIdentityProvider implements IdentityProvider<TokenAuthenticationRequest> {

    private static final String ROUTING_CONTEXT = RoutingContext.class.getName();

    private final VerifiedTokenCache cache;

    public CachedTokenIdentityProvider(VerifiedTokenCache cache) {
        this.cache = cache;
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    @Override
    public int priority() {
        return SYSTEM_FIRST + 1000; // before OIDC's provider
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        if (!(request.getToken() instanceof AccessTokenCredential token)) {
            return Uni.createFrom().nullItem(); // e.g. the gateway's code flow (an ID token): not cached
        }
        Optional<SecurityIdentity> known = cache.find(token.getToken());
        if (known.isEmpty()) {
            return Uni.createFrom().nullItem();
        }
        // The identity carries the request it was verified on: give it this request's routing context instead.
        QuarkusSecurityIdentity.Builder identity = QuarkusSecurityIdentity.builder(known.get());
        RoutingContext current = HttpSecurityUtils.getRoutingContextAttribute(request);
        if (current != null) {
            identity.addAttribute(ROUTING_CONTEXT, current);
        }
        return Uni.createFrom().item(identity.build());
    }
}

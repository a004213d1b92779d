package se.klossnet.gateway.routing;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.AuthenticationRedirectException;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticator;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.OptionalLong;
import org.jboss.logging.Logger;
import se.klossnet.gateway.audit.AuditCapture;
import se.klossnet.gateway.identity.Caller;
import se.klossnet.gateway.ratelimit.RateLimitGate;
import se.klossnet.gateway.web.ProblemResponses;

/**
 * Serves the routing table: a request under a route's prefix is authenticated (bearer token, or the browser session
 * of the code flow), checked against the institutions the route serves, rate-limited, and forwarded with the
 * caller's token. Requests outside every route go on to the gateway's own endpoints.
 */
@ApplicationScoped
public class ProxyRoutes {

    private static final Logger LOG = Logger.getLogger(ProxyRoutes.class);

    /** After Quarkus' authentication handler (it leaves the deferred identity), before the REST endpoints. */
    static final int ORDER = RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT;

    private final Routes routes;
    private final RateLimitGate rateLimits;
    private final ProxyClient client;
    private final ProblemResponses problems;

    public ProxyRoutes(Routes routes, RateLimitGate rateLimits, ProxyClient client, ProblemResponses problems) {
        this.routes = routes;
        this.rateLimits = rateLimits;
        this.client = client;
        this.problems = problems;
    }

    void register(@Observes Router router) {
        routes.all().forEach(r -> LOG.infof("route %s: %s -> %s%s", r.name(), r.prefix(), r.upstream().origin(),
                r.byInstitution().isEmpty() ? "" : " (per institution: " + r.byInstitution().keySet() + ")"));
        router.route().order(ORDER).handler(this::handle);
    }

    void handle(RoutingContext ctx) {
        Optional<Routes.Resolved> match = routes.match(ctx.normalizedPath());
        if (match.isEmpty()) {
            ctx.next();
            return;
        }
        Routes.Resolved route = match.get();
        ctx.put(AuditCapture.ROUTE, route.name());
        ctx.request().pause(); // hold the body until the upstream is ready to take it
        // Quarkus hands a failed authentication to this handler before anyone else sees it: a bad or expired token
        // becomes our problem+json 401; the code flow's redirect back from Keycloak is sent as a redirect.
        ctx.put(QuarkusHttpUser.AUTH_FAILURE_HANDLER, (BiConsumer<RoutingContext, Throwable>) (c, failure) -> {
            if (failure instanceof AuthenticationRedirectException redirect) {
                redirect(c, redirect);
            } else {
                refused(c, route, failure);
            }
        });
        QuarkusHttpUser.getSecurityIdentity(ctx, null).subscribe().with(
                identity -> authenticated(ctx, route, identity),
                failure -> refused(ctx, route, failure));
    }

    private void authenticated(RoutingContext ctx, Routes.Resolved route, SecurityIdentity identity) {
        Caller caller = Caller.of(identity);
        ctx.put(AuditCapture.CALLER, caller);
        if (caller.anonymous() && route.isPublic(ctx.normalizedPath())) {
            admitAnonymous(ctx, route, caller);
            return;
        }
        if (caller.anonymous()) {
            if (route.browser()) {
                challenge(ctx);
            } else {
                unauthenticated(ctx, "a valid bearer token is required");
            }
            return;
        }
        if (!route.admits(caller.institution())) {
            ctx.request().resume();
            problems.send(ctx, 403, "forbidden", "Forbidden", caller.institution() == null
                    ? "the token carries no 'institution' claim"
                    : "this gateway does not serve institution " + caller.institution() + " on " + route.prefix());
            return;
        }
        if (rateLimited(ctx, caller)) {
            return;
        }
        Forwarding.forward(ctx, route, caller, client, problems);
    }

    /** A public path (a host contact's token link): forwarded without a token, limited by the caller's address. */
    private void admitAnonymous(RoutingContext ctx, Routes.Resolved route, Caller caller) {
        if (rateLimited(ctx, caller)) {
            return;
        }
        Forwarding.forward(ctx, route, caller, client, problems);
    }

    private boolean rateLimited(RoutingContext ctx, Caller caller) {
        String remote = ctx.request().remoteAddress() == null ? "unknown" : ctx.request().remoteAddress().hostAddress();
        OptionalLong wait = rateLimits.admit(caller, remote);
        if (wait.isEmpty()) {
            return false;
        }
        ctx.request().resume();
        problems.send(ctx, 429, "rate-limited", "Too many requests",
                "the rate limit for this caller is exhausted; retry after " + wait.getAsLong() + " s",
                Map.of("Retry-After", Long.toString(wait.getAsLong())));
        return true;
    }

    private void refused(RoutingContext ctx, Routes.Resolved route, Throwable failure) {
        if (ctx.response().headWritten() || failure instanceof AuthenticationRedirectException) {
            return; // answered already by the failure handler
        }
        ctx.put(AuditCapture.CALLER, Caller.ANONYMOUS);
        if (!(failure instanceof AuthenticationFailedException)) {
            LOG.warnf("authentication on %s failed unexpectedly: %s", route.name(), failure.toString());
        }
        unauthenticated(ctx, "the token is invalid or has expired");
    }

    /** The code flow's redirect (back from Keycloak, to the same URL without code and state); its cookies are set. */
    private static void redirect(RoutingContext ctx, AuthenticationRedirectException redirect) {
        ctx.request().resume();
        if (!ctx.response().headWritten()) {
            ctx.response().setStatusCode(redirect.getCode()).putHeader("Location", redirect.getRedirectUri())
                    .putHeader("Cache-Control", "no-store").end();
        }
    }

    private void unauthenticated(RoutingContext ctx, String detail) {
        ctx.request().resume();
        problems.send(ctx, 401, "unauthenticated", "Unauthenticated", detail, Map.of("WWW-Authenticate", "Bearer"));
    }

    /** A browser without a session goes to the login page (code flow with PKCE); Quarkus OIDC writes the redirect. */
    private void challenge(RoutingContext ctx) {
        HttpAuthenticator authenticator = ctx.get(HttpAuthenticator.class.getName());
        if (authenticator == null) {
            unauthenticated(ctx, "log in first");
            return;
        }
        ctx.request().resume();
        authenticator.sendChallenge(ctx).subscribe().with(
                sent -> {
                    if (!ctx.response().ended()) {
                        ctx.response().end();
                    }
                },
                failure -> unauthenticated(ctx, "log in first"));
    }
}

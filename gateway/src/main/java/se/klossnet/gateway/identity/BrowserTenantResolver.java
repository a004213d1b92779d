package se.klossnet.gateway.identity;

import io.quarkus.oidc.TenantResolver;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import se.klossnet.gateway.routing.Routes;

/**
 * Chooses how a request is authenticated. API clients send a bearer token and get the default tenant (bearer
 * validation, 401 without a token). Browsers use the {@code web} tenant: the authorization code flow with PKCE and a
 * session cookie. A request is a browser's when it goes to a page ({@code /me}, {@code /logout}, a route marked
 * {@code browser}) without a bearer token, or carries the gateway's session cookie and no bearer token (a page's
 * script calling an API route).
 */
@ApplicationScoped
public class BrowserTenantResolver implements TenantResolver {

    public static final String WEB_TENANT = "web";
    static final String SESSION_COOKIE = "q_session_" + WEB_TENANT;

    private final Routes routes;

    public BrowserTenantResolver(Routes routes) {
        this.routes = routes;
    }

    @Override
    public String resolve(RoutingContext ctx) {
        String path = ctx.normalizedPath();
        if (path.equals("/me") || path.equals("/logout")) {
            return WEB_TENANT;
        }
        if (ctx.request().getHeader("Authorization") != null) {
            return null; // the default tenant: bearer tokens
        }
        if (routes.match(path).map(Routes.Resolved::browser).orElse(false) || hasSession(ctx)) {
            return WEB_TENANT;
        }
        return null;
    }

    private static boolean hasSession(RoutingContext ctx) {
        for (Cookie cookie : ctx.request().cookies()) {
            if (cookie.getName().startsWith(SESSION_COOKIE)) {
                return true;
            }
        }
        return false;
    }
}

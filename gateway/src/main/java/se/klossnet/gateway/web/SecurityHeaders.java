package se.klossnet.gateway.web;

import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Sets the security headers just before a response's headers go out, so they also replace whatever an upstream
 * sent: nosniff, a frame policy, a referrer policy, a CSP (strict for APIs, one for pages), and HSTS behind TLS.
 */
@ApplicationScoped
public class SecurityHeaders {

    private final SecurityHeadersConfig config;

    public SecurityHeaders(SecurityHeadersConfig config) {
        this.config = config;
    }

    void apply(RoutingContext ctx) {
        HttpServerResponse response = ctx.response();
        String path = ctx.normalizedPath();
        response.headers().set("X-Content-Type-Options", "nosniff");
        response.headers().set("X-Frame-Options", config.frameOptions());
        response.headers().set("Referrer-Policy", config.referrerPolicy());
        if (!startsWithAny(path, config.cspExemptPaths())) {
            response.headers().set("Content-Security-Policy",
                    startsWithAny(path, config.pagePaths()) ? config.pageContentSecurityPolicy() : config.contentSecurityPolicy());
        }
        if (ctx.request().isSSL() || "https".equalsIgnoreCase(ctx.request().scheme())) {
            response.headers().set("Strict-Transport-Security", config.strictTransportSecurity());
        }
    }

    private static boolean startsWithAny(String path, java.util.List<String> prefixes) {
        for (String prefix : prefixes) {
            if (path.equals(prefix) || path.startsWith(prefix.endsWith("/") ? prefix : prefix + "/")) {
                return true;
            }
        }
        return false;
    }
}

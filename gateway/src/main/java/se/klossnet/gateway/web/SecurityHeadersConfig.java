package se.klossnet.gateway.web;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;

/** The security headers the gateway puts on every response, its own and the upstreams'. */
@ConfigMapping(prefix = "kloss.gateway.headers")
public interface SecurityHeadersConfig {

    /** CSP for API responses: nothing may be loaded or framed. */
    @WithDefault("default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'")
    String contentSecurityPolicy();

    /** CSP for pages (the dashboard, /me): own origin only, no inline script, no framing. */
    @WithDefault("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
            + "connect-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'")
    String pageContentSecurityPolicy();

    /** Path prefixes that serve pages to browsers and get {@link #pageContentSecurityPolicy()}. */
    @WithDefault("/dashboard,/me")
    List<String> pagePaths();

    /** Path prefixes that get no CSP from the gateway (the Swagger UI runs an inline script). */
    @WithDefault("/q/swagger-ui")
    List<String> cspExemptPaths();

    @WithDefault("DENY")
    String frameOptions();

    @WithDefault("no-referrer")
    String referrerPolicy();

    /** HSTS, sent only on requests that arrived over TLS (directly or per a trusted proxy's X-Forwarded-Proto). */
    @WithDefault("max-age=31536000; includeSubDomains")
    String strictTransportSecurity();
}

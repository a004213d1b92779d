package se.klossnet.gateway.routing;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The gateway's routing table: which path prefix goes to which upstream service. It is configuration, so the same
 * jar fronts an institution node (call, exchange, followup), a hosted node serving several institutions, or the
 * national hub (reporting and its dashboard). Environment form: {@code KLOSS_GATEWAY_ROUTES_<NAME>_UPSTREAM}.
 */
@ConfigMapping(prefix = "kloss.gateway")
public interface RouteTable {

    /** The routes by name, e.g. {@code call}, {@code exchange}. The name appears in the audit log and the health check. */
    Map<String, Route> routes();

    interface Route {

        /** The path prefix the gateway answers, e.g. {@code /call}; requests under it go to the upstream. Default: / and the route's name. */
        Optional<String> prefix();

        /** The upstream's base URL, e.g. {@code http://call-service:8080}. A path in it is put before the forwarded path. */
        URI upstream();

        /**
         * Upstreams for particular institutions (institution id to base URL), for a gateway that fronts several
         * institutions' services; the caller's {@code institution} claim picks one, anyone else gets {@link #upstream()}.
         */
        @WithName("by-institution")
        Map<String, URI> byInstitution();

        /** Whether the prefix is removed before forwarding ({@code /call/programmes} to {@code /programmes}). */
        @WithDefault("true")
        boolean stripPrefix();

        /**
         * A route for browsers (e.g. a dashboard): a caller without token or session is sent to the Keycloak login
         * (authorization code flow with PKCE) instead of getting 401.
         */
        @WithDefault("false")
        boolean browser();

        /**
         * Institutions whose callers may use the route; {@code *} for any. Absent: the institutions this node
         * serves ({@code kloss.node.institutions}).
         */
        Optional<Set<String>> institutions();

        /**
         * Paths under the route (after its prefix) that callers without a token may use: token links for host
         * contacts who have no account, public summaries. {@code /signing/*} matches everything below
         * {@code /signing/}; an entry without {@code *} matches that path only. The request is forwarded without a
         * token, rate-limited by address, and audited as anonymous; the upstream still decides what it answers.
         * A request that carries a token is authenticated as usual, so a bad token is still 401.
         */
        @WithName("public-paths")
        Optional<List<String>> publicPaths();

        /** Whether the upstream's {@code /q/openapi} is part of the gateway's aggregated OpenAPI. */
        @WithDefault("true")
        boolean openapi();

        /** Whether the gateway's readiness depends on the upstream's {@code /q/health/ready}. */
        @WithDefault("true")
        boolean health();

        /** How long the upstream may take to answer before the caller gets 504. */
        @WithDefault("30s")
        Duration timeout();
    }
}

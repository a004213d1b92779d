package se.klossnet.gateway.audit;

import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import se.klossnet.gateway.identity.Caller;
import se.klossnet.gateway.web.RequestIds;

/** Writes an audit record for a request once its response has ended (or its connection closed). */
@ApplicationScoped
public class AuditCapture {

    /** Where the proxy leaves the caller it authenticated and the route it chose. */
    public static final String CALLER = Caller.class.getName();
    public static final String ROUTE = AuditCapture.class.getName() + ".route";
    static final String GATEWAY_ROUTE = "gateway";

    private final AuditTrail trail;
    private final AuditConfig config;
    private final Clock clock;

    public AuditCapture(AuditTrail trail, AuditConfig config, Clock clock) {
        this.trail = trail;
        this.config = config;
        this.clock = clock;
    }

    public void capture(RoutingContext ctx) {
        String path = ctx.normalizedPath();
        for (String excluded : config.excludedPaths()) {
            if (path.startsWith(excluded)) {
                return;
            }
        }
        Instant start = clock.instant();
        String method = ctx.request().method().name();
        ctx.addEndHandler(done -> {
            Caller caller = callerOf(ctx);
            String route = ctx.get(ROUTE);
            int status = done.succeeded() ? ctx.response().getStatusCode() : 499; // 499: the client went away
            trail.record(new AuditRecord(start, RequestIds.of(ctx), caller.subject(), caller.client(),
                    caller.institution(), method, route == null ? GATEWAY_ROUTE : route, AuditPaths.redact(path),
                    status, (int) Math.min(Integer.MAX_VALUE, Duration.between(start, clock.instant()).toMillis())));
        });
    }

    private static Caller callerOf(RoutingContext ctx) {
        Caller caller = ctx.get(CALLER);
        if (caller != null) {
            return caller;
        }
        if (ctx.user() instanceof QuarkusHttpUser user) {
            return Caller.of(user.getSecurityIdentity()); // the gateway's own endpoints authenticate through Quarkus
        }
        return Caller.ANONYMOUS;
    }
}

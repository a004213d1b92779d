package se.klossnet.gateway.web;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import se.klossnet.gateway.audit.AuditCapture;

/**
 * The first handler every request meets: it assigns the request id, arranges the response headers (request id and
 * security headers) and the audit entry written when the response ends, then lets routing go on.
 */
@ApplicationScoped
public class FrontDoor {

    /** Before Quarkus' security and REST handlers, right after its own bookkeeping (body handler and the like). */
    static final int ORDER = Integer.MIN_VALUE + 10;

    private final SecurityHeaders headers;
    private final AuditCapture audit;

    public FrontDoor(SecurityHeaders headers, AuditCapture audit) {
        this.headers = headers;
        this.audit = audit;
    }

    void register(@Observes Router router) {
        router.route().order(ORDER).handler(ctx -> {
            String requestId = RequestIds.assign(ctx);
            ctx.addHeadersEndHandler(v -> {
                ctx.response().headers().set(RequestIds.HEADER, requestId);
                headers.apply(ctx);
            });
            audit.capture(ctx);
            ctx.next();
        });
    }
}

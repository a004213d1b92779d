package se.klossnet.gateway.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import se.klossnet.platform.problem.Problem;

/**
 * RFC 9457 problem+json for answers the gateway gives itself on the Vert.x level (before or instead of forwarding),
 * in the same shape as the platform's {@code ProblemMappers} give inside JAX-RS.
 */
@ApplicationScoped
public class ProblemResponses {

    private final ObjectMapper json;

    public ProblemResponses(ObjectMapper json) {
        this.json = json;
    }

    public void send(RoutingContext ctx, int status, String slug, String title, String detail) {
        send(ctx, status, slug, title, detail, Map.of());
    }

    public void send(RoutingContext ctx, int status, String slug, String title, String detail, Map<String, String> headers) {
        if (ctx.response().headWritten()) {
            ctx.response().end();
            return;
        }
        ctx.response().setStatusCode(status).putHeader("Content-Type", Problem.MEDIA_TYPE);
        headers.forEach(ctx.response()::putHeader);
        ctx.response().end(body(status, slug, title, detail, ctx.normalizedPath()));
    }

    /** The serialized problem, also for the proxy's own error responses. */
    public Buffer body(int status, String slug, String title, String detail, String instance) {
        Problem problem = new Problem(Problem.typeOf(slug), title, status, detail, instance, List.of(), null);
        try {
            return Buffer.buffer(json.writeValueAsBytes(problem));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a problem record always serializes", e);
        }
    }
}

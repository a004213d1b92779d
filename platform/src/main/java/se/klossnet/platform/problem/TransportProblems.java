package se.klossnet.platform.problem;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Errors that the HTTP layer raises before a request reaches a resource (a body over the size limit, a request the
 * server cannot parse) would otherwise leave with an empty body. This turns them into problem+json as well.
 */
@ApplicationScoped
public class TransportProblems {

    /** type/subtype as RFC 9110 tokens, then any parameters. */
    private static final java.util.regex.Pattern MEDIA_TYPE =
            java.util.regex.Pattern.compile("\\s*[!#$%&'*+.^_`|~0-9A-Za-z-]+/[!#$%&'*+.^_`|~0-9A-Za-z-]+\\s*(;.*)?", java.util.regex.Pattern.DOTALL);

    private final long maxBodyBytes;
    private final int maxUriLength;

    public TransportProblems(@ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K")
                             MemorySize maxBodySize,
                             @ConfigProperty(name = "kloss.http.max-uri-length", defaultValue = "8192") int maxUriLength) {
        this.maxBodyBytes = maxBodySize.asLongValue();
        this.maxUriLength = maxUriLength;
    }

    void install(@Observes Router router) {
        // Quarkus answers an oversized body with a bare 413 from deep inside; refuse a declared oversize first.
        router.route().order(Integer.MIN_VALUE).handler(this::refuseDeclaredOversize);
        router.route().order(Integer.MIN_VALUE).failureHandler(this::handle);
    }

    private void refuseDeclaredOversize(RoutingContext ctx) {
        // The HTTP codec's own 414 leaves with an empty body and Quarkus offers no hook into it (quarkusio/quarkus
        // #55082), so its limit (quarkus.http.limits.max-initial-line-length) is set far above this one, which
        // answers with problem+json.
        if (ctx.request().uri().length() > maxUriLength) {
            respond(ctx, 414);
            return;
        }
        // RESTEasy fails on a Content-Type that is no media type ("application") with an exception that would
        // become a 500; it is the client's mistake.
        String contentType = ctx.request().getHeader("Content-Type");
        if (contentType != null && !MEDIA_TYPE.matcher(contentType).matches()) {
            respond(ctx, 415);
            return;
        }
        String length = ctx.request().getHeader("Content-Length");
        if (length != null) {
            try {
                if (Long.parseLong(length.trim()) > maxBodyBytes) {
                    respond(ctx, 413);
                    return;
                }
            } catch (NumberFormatException e) {
                respond(ctx, 400);
                return;
            }
        }
        ctx.next();
    }

    private void handle(RoutingContext ctx) {
        int status = ctx.statusCode();
        if (ctx.response().headWritten() || status < 400 || status >= 500) {
            ctx.next();
            return;
        }
        respond(ctx, status);
    }

    private void respond(RoutingContext ctx, int status) {
        String detail = switch (status) {
            case 413 -> "the request body is larger than this service accepts";
            case 414 -> "the request URI is too long";
            case 415 -> "the Content-Type header is not a media type this service reads";
            case 431 -> "the request headers are too large";
            default -> "the request cannot be processed";
        };
        String title = switch (status) {
            case 413 -> "Payload too large";
            case 414 -> "URI too long";
            case 415 -> "Unsupported media type";
            default -> "Bad request";
        };
        String type = switch (status) {
            case 413 -> "payload-too-large";
            case 414 -> "uri-too-long";
            case 415 -> "unsupported-media-type";
            default -> "bad-request";
        };
        Problem problem = new Problem(Problem.typeOf(type), title, status,
                detail, status == 414 ? ctx.request().path().substring(0, Math.min(200, ctx.request().path().length()))
                : ctx.normalizedPath(), List.of(), null);
        ctx.response().setStatusCode(status).putHeader("Content-Type", Problem.MEDIA_TYPE).end(Json.encode(problem));
    }
}

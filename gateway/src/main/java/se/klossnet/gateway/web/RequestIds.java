package se.klossnet.gateway.web;

import io.vertx.ext.web.RoutingContext;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The request id that ties a request's log lines, audit entry and upstream calls together. A client's own
 * {@code X-Request-Id} is kept when it is a plain token; anything else (absent, too long, odd characters that could
 * forge log lines) is replaced by a fresh UUID.
 */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";
    static final String KEY = RequestIds.class.getName();
    private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._:-]{8,128}");

    private RequestIds() {
    }

    /** Takes or makes the request's id, and sets it on the request so that the upstream gets it too. */
    static String assign(RoutingContext ctx) {
        String offered = ctx.request().getHeader(HEADER);
        String id = offered != null && ACCEPTABLE.matcher(offered).matches() ? offered : UUID.randomUUID().toString();
        ctx.request().headers().set(HEADER, id);
        ctx.put(KEY, id);
        return id;
    }

    public static String of(RoutingContext ctx) {
        String id = ctx.get(KEY);
        return id == null ? "unknown" : id;
    }
}

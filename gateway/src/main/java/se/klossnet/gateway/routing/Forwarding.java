package se.klossnet.gateway.routing;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.HostAndPort;
import io.vertx.core.net.SocketAddress;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.HttpProxy;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyRequest;
import io.vertx.httpproxy.ProxyResponse;
import io.vertx.ext.web.RoutingContext;
import java.util.concurrent.TimeoutException;
import se.klossnet.gateway.identity.Caller;
import se.klossnet.gateway.web.ProblemResponses;
import se.klossnet.platform.problem.Problem;

/**
 * One forwarded request: Vert.x's reverse proxy streams it to the chosen upstream, and this interceptor adjusts what
 * a gateway must: the path (prefix stripped), the caller's token (a browser session's access token becomes a bearer
 * token), the forwarding headers (the client's own are dropped), no cookies to the upstream, and absolute
 * {@code Location}s rewritten to the gateway's address. An unreachable or slow upstream becomes problem+json 502/504.
 */
final class Forwarding implements ProxyInterceptor {

    private static final String[] CLIENT_FORWARDING_HEADERS = {"Forwarded", "X-Forwarded-For", "X-Forwarded-Proto",
            "X-Forwarded-Host", "X-Forwarded-Port", "X-Forwarded-Prefix", "X-Real-IP",
            // the trace context: OpenTelemetry's Vert.x client tracer writes the current one (a child of the caller's)
            "traceparent", "tracestate", "baggage"};

    private final RoutingContext ctx;
    private final Routes.Resolved route;
    private final Upstream target;
    private final Caller caller;
    private final ProblemResponses problems;

    private Forwarding(RoutingContext ctx, Routes.Resolved route, Upstream target, Caller caller, ProblemResponses problems) {
        this.ctx = ctx;
        this.route = route;
        this.target = target;
        this.caller = caller;
        this.problems = problems;
    }

    /** Sends the request in {@code ctx} on to the route's upstream for the caller's institution. */
    static void forward(RoutingContext ctx, Routes.Resolved route, Caller caller, ProxyClient client, ProblemResponses problems) {
        Upstream target = route.upstreamFor(caller.institution());
        Forwarding forwarding = new Forwarding(ctx, route, target, caller, problems);
        HttpProxy.reverseProxy(client.client())
                .origin(proxyContext -> proxyContext.client().request(new RequestOptions()
                        .setServer(SocketAddress.inetSocketAddress(target.port(), target.host()))
                        .setHost(target.host())
                        .setPort(target.port())
                        .setSsl(target.tls())
                        .setConnectTimeout(5_000))
                        .map(request -> request.idleTimeout(route.timeout().toMillis())))
                .addInterceptor(forwarding)
                .handle(ctx.request());
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext proxy) {
        ProxyRequest request = proxy.request();
        String query = ctx.request().query();
        request.setURI(route.upstreamPath(ctx.normalizedPath(), target) + (query == null ? "" : "?" + query));
        request.setAuthority(HostAndPort.create(target.host(), target.port()));
        var headers = request.headers();
        for (String name : CLIENT_FORWARDING_HEADERS) {
            headers.remove(name);
        }
        headers.remove(HttpHeaderNames.COOKIE); // the gateway's session cookie holds tokens; upstreams get a bearer token
        if (caller.accessToken() != null) {
            headers.set(HttpHeaderNames.AUTHORIZATION, "Bearer " + caller.accessToken());
        }
        headers.set("X-Forwarded-For", ctx.request().remoteAddress() == null ? "unknown" : ctx.request().remoteAddress().hostAddress());
        headers.set("X-Forwarded-Proto", ctx.request().scheme());
        headers.set("X-Forwarded-Prefix", route.stripPrefix() ? route.prefix() : "");
        if (ctx.body() != null && ctx.body().available() && ctx.body().buffer() != null) {
            request.setBody(Body.body(ctx.body().buffer())); // a body handler read it already; send what it read
        }
        return proxy.sendRequest().recover(failure -> unavailable(proxy, failure));
    }

    @Override
    public Future<Void> handleProxyResponse(ProxyContext proxy) {
        ProxyResponse response = proxy.response();
        String location = response.headers().get(HttpHeaderNames.LOCATION);
        if (location != null) {
            response.headers().set(HttpHeaderNames.LOCATION, rewriteLocation(location));
        }
        return proxy.sendResponse();
    }

    /** {@code http://upstream:8081/programmes/1} becomes {@code http://gateway/call/programmes/1}. */
    String rewriteLocation(String location) {
        String base = target.origin() + target.basePath();
        if (!location.startsWith(base)) {
            return location;
        }
        String rest = location.substring(base.length());
        String gateway = ctx.request().scheme() + "://" + ctx.request().authority();
        return gateway + (route.stripPrefix() ? route.prefix() : "") + rest;
    }

    private Future<ProxyResponse> unavailable(ProxyContext proxy, Throwable failure) {
        boolean timedOut = failure instanceof TimeoutException
                || String.valueOf(failure.getMessage()).toLowerCase(java.util.Locale.ROOT).contains("timeout");
        int status = timedOut ? 504 : 502;
        String slug = timedOut ? "upstream-timeout" : "upstream-unavailable";
        String title = timedOut ? "Upstream timeout" : "Upstream unavailable";
        String detail = "the " + route.name() + " service " + (timedOut ? "did not answer in time" : "cannot be reached")
                + "; try again later";
        Buffer body = problems.body(status, slug, title, detail, ctx.normalizedPath());
        ProxyResponse response = proxy.request().release().response()
                .setStatusCode(status)
                .setStatusMessage(timedOut ? "Gateway Timeout" : "Bad Gateway")
                .putHeader(HttpHeaderNames.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .setBody(Body.body(body));
        return Future.succeededFuture(response);
    }
}

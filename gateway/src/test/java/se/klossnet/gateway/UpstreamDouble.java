package se.klossnet.gateway;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * Stand-ins for the services behind the gateway: two real HTTP servers on 127.0.0.1 (A for every route, B for mau's
 * callers on the call route) that answer with what they received, so a test sees exactly what the gateway forwarded.
 * They also serve {@code /q/health/ready} (switchable), {@code /q/openapi}, a 201 with an absolute Location, and a
 * slow path. Paths under {@code /base} are the exchange route's upstream base path.
 */
public class UpstreamDouble implements QuarkusTestResourceLifecycleManager {

    /** What one server received. */
    public record Received(String server, String method, String uri, Map<String, String> headers, String body) {
    }

    public static final List<Received> RECEIVED = new CopyOnWriteArrayList<>();
    public static volatile boolean healthy = true;

    private static Vertx vertx;
    private static int portA;
    private static int portB;

    @Override
    public synchronized Map<String, String> start() {
        if (vertx == null) {
            vertx = Vertx.vertx();
            portA = listen("A");
            portB = listen("B");
        }
        String a = "http://127.0.0.1:" + portA;
        Map<String, String> config = new HashMap<>();
        config.put("kloss.gateway.routes.call.upstream", a);
        config.put("kloss.gateway.routes.call.by-institution.mau", "http://127.0.0.1:" + portB);
        config.put("kloss.gateway.routes.exchange.upstream", a + "/base");
        config.put("kloss.gateway.routes.followup.upstream", a);
        config.put("kloss.gateway.routes.followup.public-paths", "/survey-links/*,/public-exact");
        config.put("kloss.gateway.routes.reporting.upstream", a);
        config.put("kloss.gateway.routes.reporting.institutions", "*");
        config.put("kloss.gateway.routes.dashboard.upstream", a);
        config.put("kloss.gateway.routes.dashboard.strip-prefix", "false");
        config.put("kloss.gateway.routes.dashboard.browser", "true");
        config.put("kloss.gateway.routes.dashboard.institutions", "*");
        config.put("kloss.gateway.routes.dashboard.openapi", "false");
        config.put("kloss.gateway.routes.dashboard.health", "false");
        config.put("kloss.gateway.routes.dead.prefix", "/dead");
        config.put("kloss.gateway.routes.dead.upstream", "http://127.0.0.1:" + closedPort());
        config.put("kloss.gateway.routes.dead.health", "false");
        config.put("kloss.gateway.routes.dead.openapi", "false");
        config.put("kloss.gateway.routes.slow.prefix", "/slow");
        config.put("kloss.gateway.routes.slow.upstream", a);
        config.put("kloss.gateway.routes.slow.timeout", "1s");
        config.put("kloss.gateway.routes.slow.health", "false");
        config.put("kloss.gateway.routes.slow.openapi", "false");
        return config;
    }

    @Override
    public void stop() {
        // kept for the JVM's lifetime like RealInfrastructure: Quarkus may restart the application between classes
    }

    /** The requests server A or B received whose URI contains {@code marker}. */
    public static List<Received> receivedWith(String marker) {
        return RECEIVED.stream().filter(r -> r.uri().contains(marker)).toList();
    }

    private static int listen(String name) {
        HttpServer server = vertx.createHttpServer(new HttpServerOptions().setHost("127.0.0.1").setPort(0))
                .requestHandler(request -> request.body().onSuccess(body -> answer(name, request, body.toString())));
        try {
            return server.listen().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS).actualPort();
        } catch (Exception e) {
            throw new IllegalStateException("cannot start the upstream double", e);
        }
    }

    private static void answer(String server, HttpServerRequest request, String body) {
        String path = request.path().startsWith("/base/") ? request.path().substring("/base".length()) : request.path();
        if (path.equals("/q/health/ready")) {
            request.response().setStatusCode(healthy ? 200 : 503).putHeader("Content-Type", "application/json")
                    .end(new JsonObject().put("status", healthy ? "UP" : "DOWN").encode());
            return;
        }
        if (path.equals("/q/openapi")) {
            request.response().putHeader("Content-Type", "application/json").end(OPENAPI);
            return;
        }
        Map<String, String> headers = new HashMap<>();
        request.headers().forEach(h -> headers.merge(h.getKey().toLowerCase(), h.getValue(), (x, y) -> x + "," + y));
        RECEIVED.add(new Received(server, request.method().name(), request.uri(), headers, body));
        JsonObject echo = new JsonObject().put("server", server).put("method", request.method().name())
                .put("uri", request.uri()).put("path", request.path()).put("query", request.query())
                .put("headers", new JsonObject(new HashMap<>(headers))).put("body", body);
        if (path.startsWith("/slow")) {
            vertx.setTimer(3_000, t -> request.response().end(echo.encode()));
            return;
        }
        if (request.method().name().equals("POST") && path.equals("/things")) {
            request.response().setStatusCode(201)
                    .putHeader("Location", "http://127.0.0.1:" + request.localAddress().port() + request.path() + "/42")
                    .putHeader("Content-Type", "application/json").end(echo.encode());
            return;
        }
        request.response().putHeader("Content-Type", "application/json")
                .putHeader("X-Frame-Options", "ALLOWALL") // an upstream's own header that the gateway must override
                .end(echo.encode());
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort(); // closed when this returns: nothing listens there
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final String OPENAPI = """
            {
              "openapi": "3.0.3",
              "info": {"title": "double", "version": "1"},
              "paths": {
                "/things": {
                  "get": {"responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Page"}}}}}},
                  "post": {"requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}},
                           "responses": {"201": {"description": "created"}}}
                },
                "/things/{id}": {
                  "get": {"parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string"}}],
                          "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}}}}
                }
              },
              "components": {
                "schemas": {
                  "Thing": {"type": "object", "properties": {"id": {"type": "string"}, "owner": {"$ref": "#/components/schemas/Owner"}}},
                  "Owner": {"type": "object", "properties": {"institution": {"type": "string"}}},
                  "Page": {"type": "object", "properties": {"items": {"type": "array", "items": {"$ref": "#/components/schemas/Thing"}}}}
                }
              }
            }
            """;
}

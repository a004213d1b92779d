package se.klossnet.gateway.routing;

import io.quarkus.runtime.ShutdownEvent;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The one HTTP client towards the upstreams, pooled and kept alive, on Quarkus' own Vert.x instance (so that
 * OpenTelemetry's Vert.x tracer puts the trace context on every forwarded request).
 */
@ApplicationScoped
public class ProxyClient {

    private final HttpClient client;

    public ProxyClient(Vertx vertx) {
        this.client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout(5_000)
                .setKeepAlive(true)
                .setMaxPoolSize(50)
                .setDecompressionSupported(false)); // bodies pass through as the upstream sent them
    }

    public HttpClient client() {
        return client;
    }

    void close(@Observes ShutdownEvent event) {
        client.close();
    }
}

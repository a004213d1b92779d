package se.klossnet.gateway.routing;

import io.smallrye.mutiny.Uni;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;

/** Short GET requests of the gateway's own to an upstream: its health and its OpenAPI document. */
@ApplicationScoped
public class UpstreamProbe {

    /** What came back: the status, and the body (empty when the upstream could not be reached). */
    public record Answer(int status, Buffer body, String failure) {

        public boolean ok() {
            return status == 200;
        }
    }

    private final ProxyClient client;

    public UpstreamProbe(ProxyClient client) {
        this.client = client;
    }

    /** GETs {@code path} on {@code upstream}; never fails, an unreachable upstream is status 0 with the reason. */
    public Uni<Answer> get(Upstream upstream, String path, Duration timeout) {
        RequestOptions options = new RequestOptions()
                .setMethod(HttpMethod.GET)
                .setHost(upstream.host())
                .setPort(upstream.port())
                .setSsl(upstream.tls())
                .setURI(upstream.basePath() + path)
                .setConnectTimeout(timeout.toMillis())
                .setIdleTimeout(timeout.toMillis())
                .putHeader("Accept", "application/json");
        var answer = client.client().request(options)
                .compose(request -> request.send())
                .compose(response -> response.body().map(body -> new Answer(status(response), body, null)));
        return Uni.createFrom().completionStage(answer.toCompletionStage())
                .ifNoItem().after(timeout.plusSeconds(1)).fail()
                .onFailure().recoverWithItem(e -> new Answer(0, Buffer.buffer(), e.getClass().getSimpleName()
                        + (e.getMessage() == null ? "" : ": " + e.getMessage())));
    }

    private static int status(HttpClientResponse response) {
        return response.statusCode();
    }
}

package se.klossnet.gateway.health;

import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import se.klossnet.gateway.routing.Routes;
import se.klossnet.gateway.routing.Upstream;
import se.klossnet.gateway.routing.UpstreamProbe;

/**
 * The gateway is ready when every upstream it routes to is ready: it asks each one's {@code /q/health/ready}
 * (routes with {@code health=false} are listed but do not count). The answer names each upstream's state, so one
 * look at the gateway shows the node.
 */
@Readiness
@ApplicationScoped
public class UpstreamsReadiness implements AsyncHealthCheck {

    private static final Duration TIMEOUT = Duration.ofSeconds(3);

    private final Routes routes;
    private final UpstreamProbe probe;

    public UpstreamsReadiness(Routes routes, UpstreamProbe probe) {
        this.routes = routes;
        this.probe = probe;
    }

    private record Check(String name, boolean counts, Upstream upstream) {
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        List<Check> checks = new ArrayList<>();
        for (Routes.Resolved route : routes.all()) {
            checks.add(new Check(route.name(), route.health(), route.upstream()));
            route.byInstitution().forEach((institution, upstream) ->
                    checks.add(new Check(route.name() + "." + institution, route.health(), upstream)));
        }
        if (checks.isEmpty()) {
            return Uni.createFrom().item(HealthCheckResponse.named("upstreams").up().build());
        }
        List<Uni<String>> states = checks.stream()
                .map(c -> probe.get(c.upstream(), "/q/health/ready", TIMEOUT)
                        .map(a -> a.ok() ? "UP" : "DOWN (" + (a.status() == 0 ? a.failure() : "HTTP " + a.status()) + ")"))
                .toList();
        return Uni.join().all(states).andFailFast().map(results -> {
            HealthCheckResponseBuilder builder = HealthCheckResponse.named("upstreams");
            boolean up = true;
            for (int i = 0; i < checks.size(); i++) {
                Check check = checks.get(i);
                String state = results.get(i);
                builder.withData(check.name(), state + (check.counts() ? "" : " (not required)"));
                if (check.counts() && !state.equals("UP")) {
                    up = false;
                }
            }
            return builder.status(up).build();
        });
    }
}

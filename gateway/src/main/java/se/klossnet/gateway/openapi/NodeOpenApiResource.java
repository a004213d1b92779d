package se.klossnet.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import se.klossnet.gateway.routing.Routes;
import se.klossnet.gateway.routing.UpstreamProbe;

/**
 * The node's API in one OpenAPI document, as reached through the gateway: every routed service's {@code /q/openapi}
 * fetched now and merged ({@link OpenApiMerge}). The Swagger UI at {@code /q/swagger-ui} offers it next to the
 * gateway's own document. A service that does not answer is left out and named in {@code x-kloss-unavailable}.
 */
@Path("/openapi")
@PermitAll
public class NodeOpenApiResource {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final Routes routes;
    private final UpstreamProbe probe;
    private final ObjectMapper json;
    private final String version;

    public NodeOpenApiResource(Routes routes, UpstreamProbe probe, ObjectMapper json,
                               @ConfigProperty(name = "quarkus.smallrye-openapi.info-version", defaultValue = "0.1.0") String version) {
        this.routes = routes;
        this.probe = probe;
        this.json = json;
        this.version = version;
    }

    private record Fetched(Routes.Resolved route, JsonNode document) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The OpenAPI document of every service behind this gateway, paths as the gateway serves them")
    public Uni<ObjectNode> merged() {
        List<Routes.Resolved> documented = routes.all().stream().filter(Routes.Resolved::openapi).toList();
        if (documented.isEmpty()) {
            return Uni.createFrom().item(OpenApiMerge.merge(title(), version, List.of(), List.of()));
        }
        List<Uni<Fetched>> fetches = documented.stream()
                .map(route -> probe.get(route.upstream(), "/q/openapi?format=json", TIMEOUT)
                        .map(answer -> new Fetched(route, answer.ok() ? parse(answer.body().getBytes()) : null)))
                .toList();
        return Uni.join().all(fetches).andFailFast().map(results -> {
            List<OpenApiMerge.Part> parts = new ArrayList<>();
            List<String> unavailable = new ArrayList<>();
            for (Fetched f : results) {
                if (f.document() == null) {
                    unavailable.add(f.route().name());
                } else {
                    parts.add(new OpenApiMerge.Part(f.route().name(), f.route().stripPrefix() ? f.route().prefix() : "",
                            f.document()));
                }
            }
            return OpenApiMerge.merge(title(), version, parts, unavailable);
        });
    }

    private String title() {
        return "KLOSS-Net node API through the gateway";
    }

    private JsonNode parse(byte[] body) {
        try {
            JsonNode node = json.readTree(body);
            return node != null && node.has("paths") ? node : null;
        } catch (IOException e) {
            return null;
        }
    }
}

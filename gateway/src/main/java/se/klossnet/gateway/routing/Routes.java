package se.klossnet.gateway.routing;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import se.klossnet.platform.scope.NodeConfig;

/** The configured {@link RouteTable}, checked once and ready to match request paths (longest prefix first). */
@ApplicationScoped
public class Routes {

    /** One route of the table, with its upstreams parsed. */
    public record Resolved(String name, String prefix, Upstream upstream, Map<String, Upstream> byInstitution,
                           boolean stripPrefix, boolean browser, Set<String> institutions, boolean openapi,
                           boolean health, java.time.Duration timeout, List<String> publicPaths) {

        public boolean matches(String path) {
            return path.equals(prefix) || path.startsWith(prefix + "/");
        }

        /** Whether {@code path} (under this route) may be called without a token; see {@link RouteTable.Route#publicPaths()}. */
        public boolean isPublic(String path) {
            String rest = path.substring(prefix.length());
            if (rest.contains("/../") || rest.endsWith("/..")) {
                return false; // never let a dot segment climb out of a public subtree
            }
            for (String pattern : publicPaths) {
                if (pattern.endsWith("/*")
                        ? rest.startsWith(pattern.substring(0, pattern.length() - 1)) && rest.length() > pattern.length() - 1
                        : rest.equals(pattern)) {
                    return true;
                }
            }
            return false;
        }

        /** Whether a caller of {@code institution} may use this route. */
        public boolean admits(String institution) {
            return institutions.contains("*") || institution != null && institutions.contains(institution);
        }

        public Upstream upstreamFor(String institution) {
            return institution == null ? upstream : byInstitution.getOrDefault(institution, upstream);
        }

        /** The path on the upstream for a request path under this route. */
        public String upstreamPath(String path, Upstream target) {
            String rest = stripPrefix ? path.substring(prefix.length()) : path;
            if (rest.isEmpty()) {
                rest = "/";
            }
            return target.basePath() + rest;
        }
    }

    private final List<Resolved> routes;

    public Routes(RouteTable table, NodeConfig node) {
        this.routes = table.routes().entrySet().stream()
                .map(e -> resolve(e.getKey(), e.getValue(), node.institutions()))
                .sorted(Comparator.comparingInt((Resolved r) -> r.prefix().length()).reversed()
                        .thenComparing(Resolved::name))
                .toList();
    }

    public Optional<Resolved> match(String path) {
        if (path == null) {
            return Optional.empty();
        }
        return routes.stream().filter(r -> r.matches(path)).findFirst();
    }

    public List<Resolved> all() {
        return routes;
    }

    private static Resolved resolve(String name, RouteTable.Route route, Set<String> nodeInstitutions) {
        String prefix = route.prefix().orElse("/" + name).replaceAll("/+$", "");
        if (!prefix.startsWith("/") || prefix.length() < 2) {
            throw new IllegalArgumentException("route " + name + ": the prefix must start with / and name a path, not " + prefix);
        }
        if (prefix.equals("/q") || prefix.startsWith("/q/") || prefix.equals("/admin") || prefix.equals("/me")) {
            throw new IllegalArgumentException("route " + name + ": " + prefix + " belongs to the gateway itself");
        }
        Map<String, Upstream> byInstitution = new TreeMap<>();
        for (Map.Entry<String, URI> e : route.byInstitution().entrySet()) {
            byInstitution.put(e.getKey(), Upstream.of(e.getValue()));
        }
        Set<String> institutions = route.institutions().map(s -> s.stream().map(String::trim).collect(Collectors.toSet()))
                .orElse(nodeInstitutions);
        List<String> publicPaths = route.publicPaths().orElse(List.of()).stream().map(String::trim)
                .filter(p -> !p.isEmpty()).toList();
        for (String pattern : publicPaths) {
            if (!pattern.startsWith("/") || pattern.indexOf('*') >= 0 && (!pattern.endsWith("/*") || pattern.length() < 3
                    || pattern.indexOf('*') != pattern.length() - 1)) {
                throw new IllegalArgumentException("route " + name + ": public path '" + pattern
                        + "' must start with / and may only end in /*");
            }
        }
        return new Resolved(name, prefix, Upstream.of(route.upstream()), Map.copyOf(byInstitution), route.stripPrefix(),
                route.browser(), Set.copyOf(institutions), route.openapi(), route.health(), route.timeout(),
                publicPaths);
    }
}

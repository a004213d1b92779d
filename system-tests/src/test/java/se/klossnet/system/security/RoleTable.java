package se.klossnet.system.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The machine-readable role table ({@code role-table.yaml}): for each service, {@code METHOD /path/template} to the
 * realm roles that may call it, or {@code authenticated} (any token of an institution the node serves) or
 * {@code public} (no token), or {@code {roles: [...], institutions: served}} for an endpoint of an
 * {@code _institutions: any} section that only the served institutions may call. It follows the role table of {@code shared/domain.md}; the role matrix holds every
 * endpoint of every service's OpenAPI against it.
 */
final class RoleTable {

    /** Who may call one endpoint. */
    record Rule(boolean isPublic, boolean anyAuthenticated, List<String> roles, boolean anyInstitution) {

        boolean admits(SecurityNetwork.Caller caller, List<String> servedInstitutions) {
            if (isPublic) {
                return true;
            }
            if (caller == null) {
                return false;
            }
            if (!(anyInstitution && !anyAuthenticated) && !servedInstitutions.contains(caller.institution())) {
                return false;
            }
            return anyAuthenticated || caller.roles().stream().anyMatch(roles::contains);
        }

        @Override
        public String toString() {
            return isPublic ? "public" : anyAuthenticated ? "authenticated" : roles.toString();
        }
    }

    private final JsonNode table;

    private RoleTable(JsonNode table) {
        this.table = table;
    }

    static RoleTable load() {
        try (InputStream in = RoleTable.class.getResourceAsStream("/role-table.yaml")) {
            if (in == null) {
                throw new IllegalStateException("role-table.yaml is not on the test class path");
            }
            return new RoleTable(new ObjectMapper(new YAMLFactory()).readTree(in));
        } catch (IOException e) {
            throw new IllegalStateException("role-table.yaml cannot be read", e);
        }
    }

    Optional<Rule> rule(ApiEndpoint endpoint) {
        JsonNode entry = table.path(endpoint.service()).path(endpoint.key());
        if (entry.isMissingNode() || entry.isNull()) {
            return Optional.empty();
        }
        // "_institutions: any": the service admits callers of every institution (the hub's national aggregates)
        boolean anyInstitution = "any".equals(table.path(endpoint.service()).path("_institutions").asText());
        if (entry.isTextual()) {
            return switch (entry.asText()) {
                case "public" -> Optional.of(new Rule(true, false, List.of(), anyInstitution));
                case "authenticated" -> Optional.of(new Rule(false, true, List.of(), anyInstitution));
                default -> throw new IllegalStateException("role-table.yaml: " + endpoint + ": '" + entry.asText()
                        + "' is neither a list of roles, 'authenticated' nor 'public'");
            };
        }
        // {roles: [...], institutions: served}: one endpoint of an "any" section that only the node's own
        // institutions may call (operating the hub is for the hub's people, not for every institution's admin)
        if (entry.isObject()) {
            anyInstitution = anyInstitution && !"served".equals(entry.path("institutions").asText());
            entry = entry.path("roles");
        }
        List<String> roles = new ArrayList<>();
        entry.forEach(r -> roles.add(r.asText()));
        return Optional.of(new Rule(false, false, List.copyOf(roles), anyInstitution));
    }
}

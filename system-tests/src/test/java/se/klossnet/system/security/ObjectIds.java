package se.klossnet.system.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds ids of objects that one institution owns on one service, generically, so that the matrices grow with the
 * API: it creates objects through the service's collection POST endpoints (bodies from {@link ExampleBodies}),
 * repeating while that yields new ids (a call needs a programme first), and reads ids from every list endpoint
 * ({@code items[].id}) as each of the institution's callers. A path template's parameters are then filled from left
 * to right, each from the collection just before it ({@code /calls/{callId}/applications/{id}}).
 */
final class ObjectIds {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern UUID_LIKE = Pattern.compile("[0-9a-fA-F-]{8,}|\\d+");

    private final String baseUrl;
    private final List<ApiEndpoint> endpoints;
    private final List<SecurityNetwork.Caller> owners;
    /** Concrete collection path (e.g. /calls/42/applications) to the ids found there, newest first. */
    private final Map<String, Set<String>> ids = new LinkedHashMap<>();
    private final Map<String, Optional<String>> listed = new HashMap<>();

    private final String institution;

    ObjectIds(String baseUrl, List<ApiEndpoint> endpoints, List<SecurityNetwork.Caller> owners) {
        this.baseUrl = baseUrl;
        this.endpoints = endpoints;
        this.owners = owners;
        this.institution = owners.get(0).institution();
    }

    /** Creates what the owners can create, in rounds, and lists what they can list. */
    ObjectIds discover(int rounds) {
        for (int round = 0; round < rounds; round++) {
            int before = count();
            for (ApiEndpoint endpoint : endpoints) {
                if (endpoint.method().equals("POST") && isCollection(endpoint)) {
                    resolve(endpoint).ifPresent(path -> create(endpoint, path));
                }
            }
            if (count() == before && round > 0) {
                break;
            }
        }
        return this;
    }

    /** The template with every parameter filled with an owned id, or empty when some parameter has no known id. */
    Optional<String> resolve(ApiEndpoint endpoint) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < endpoint.pathParameters().size(); i++) {
            String collection = new ApiEndpoint(endpoint.service(), "GET", endpoint.collectionOf(i),
                    endpoint.pathParameters().subList(0, i), null, null).expand(values);
            Optional<String> id = idIn(collection);
            if (id.isEmpty()) {
                return Optional.empty();
            }
            values.put(endpoint.pathParameters().get(i), id.get());
        }
        return Optional.of(endpoint.expand(values));
    }

    /** An owned id in the collection at {@code path}: one created there, else one its list endpoint shows. */
    Optional<String> idIn(String path) {
        Set<String> known = ids.get(path);
        if (known != null && !known.isEmpty()) {
            return Optional.of(known.iterator().next());
        }
        return listed.computeIfAbsent(path, this::list);
    }

    /** Every owned id found, to check that no one else sees them. */
    Set<String> all() {
        Set<String> all = new LinkedHashSet<>();
        ids.values().forEach(all::addAll);
        return all;
    }

    ExampleBodies bodies(JsonNode document) {
        return new ExampleBodies(document, collection -> idIn(collection).orElse(null));
    }

    private Optional<String> list(String path) {
        boolean listable = endpoints.stream().anyMatch(e -> e.method().equals("GET") && matches(e.path(), path));
        if (!listable) {
            return Optional.empty();
        }
        for (SecurityNetwork.Caller owner : owners) {
            Response response = Calls.send(baseUrl, "GET", path + "?size=100", null, owner);
            if (response.statusCode() != 200) {
                continue;
            }
            // a listed object counts as owned only when it says so: shared ones (network defaults) have no institution
            for (String id : idsOf(response.asString(), institution)) {
                ids.computeIfAbsent(path, k -> new LinkedHashSet<>()).add(id);
            }
            if (ids.containsKey(path)) {
                return Optional.of(ids.get(path).iterator().next());
            }
        }
        return Optional.empty();
    }

    private void create(ApiEndpoint endpoint, String path) {
        if (ids.containsKey(path)) {
            return; // one object per collection is enough
        }
        JsonNode body = endpoint.requestSchema() == null ? null : bodies(endpoint.document()).of(endpoint.requestSchema());
        for (SecurityNetwork.Caller owner : owners) {
            Response response = Calls.send(baseUrl, "POST", path, body, owner);
            if (Boolean.getBoolean("kloss.security.debug") && response.statusCode() != 403) {
                System.out.printf("create %s as %s -> %d %s%n  body %s%n", path, owner, response.statusCode(),
                        response.asString().substring(0, Math.min(400, response.asString().length())), body);
            }
            if (response.statusCode() == 200 || response.statusCode() == 201) {
                idsOf(response.asString(), null).stream().findFirst()
                        .ifPresent(id -> ids.computeIfAbsent(path, k -> new LinkedHashSet<>()).add(id));
                return;
            }
        }
    }

    private int count() {
        return ids.values().stream().mapToInt(Set::size).sum();
    }

    private static boolean isCollection(ApiEndpoint endpoint) {
        return !endpoint.path().endsWith("}") && endpoint.path().chars().filter(c -> c == '/').count() >= 1;
    }

    /** Whether a concrete path is an instance of a template ({@code /calls/{id}/applications}). */
    static boolean matches(String template, String path) {
        String[] t = template.split("/");
        String[] p = path.split("/");
        if (t.length != p.length) {
            return false;
        }
        for (int i = 0; i < t.length; i++) {
            if (!(t[i].startsWith("{") || t[i].equals(p[i]))) {
                return false;
            }
        }
        return true;
    }

    /** The ids in a response: a single object's {@code id}, or those of a page's {@code items} or of an array. */
    static List<String> idsOf(String body, String institution) {
        List<String> found = new ArrayList<>();
        try {
            JsonNode json = JSON.readTree(body);
            if (json == null) {
                return found;
            }
            JsonNode items = json.isArray() ? json : json.path("items");
            if (items.isArray()) {
                items.forEach(item -> addId(item, institution, found));
            } else {
                addId(json, institution, found);
            }
        } catch (Exception e) {
            // not JSON (CSV, HTML): no ids
        }
        return found;
    }

    private static void addId(JsonNode object, String institution, List<String> found) {
        JsonNode id = object.path("id");
        if (institution != null && !institution.equals(object.path("institution").asText(null))) {
            return;
        }
        if (id.isValueNode() && UUID_LIKE.matcher(id.asText()).matches()) {
            found.add(id.asText());
        }
    }
}

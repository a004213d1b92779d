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
    private final Map<String, String> shared;
    /** Concrete collection path to why no owned object was found there (the last creation's answer). */
    private final Map<String, String> reasons = new HashMap<>();
    /** Concrete collection path to the objects created there as their JSON, for fields that name them by key. */
    private final Map<String, JsonNode> created = new LinkedHashMap<>();
    private final List<ApiEndpoint> endpoints;
    private final List<SecurityNetwork.Caller> owners;
    /** Concrete collection path (e.g. /calls/42/applications) to the ids found there, newest first. */
    private final Map<String, Set<String>> ids = new LinkedHashMap<>();
    private final Map<String, Optional<String>> listed = new HashMap<>();

    private final String institution;

    ObjectIds(String baseUrl, List<ApiEndpoint> endpoints, List<SecurityNetwork.Caller> owners) {
        this(baseUrl, endpoints, owners, Map.of());
    }

    /**
     * @param baseUrl where the owners create and list: the service through its node's gateway ({@code .../call})
     * @param shared  ids the institution owns that another service made ({@code /exchanges} at the followup-service
     *                is the exchange-service's), see {@link GrantChain}
     */
    ObjectIds(String baseUrl, List<ApiEndpoint> endpoints, List<SecurityNetwork.Caller> owners, Map<String, String> shared) {
        this.baseUrl = baseUrl;
        this.shared = shared;
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
                    resolve(endpoint).filter(path -> !endsTheWorkflowOf(path)).ifPresent(path -> create(endpoint, path));
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

    /** The first collection of the endpoint's path with no owned id, e.g. {@code /exchanges/1/logbook/entries}. */
    Optional<String> missingCollection(ApiEndpoint endpoint) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < endpoint.pathParameters().size(); i++) {
            String collection = new ApiEndpoint(endpoint.service(), "GET", endpoint.collectionOf(i),
                    endpoint.pathParameters().subList(0, i), null, null).expand(values);
            Optional<String> id = idIn(collection);
            if (id.isEmpty()) {
                return Optional.of(collection);
            }
            values.put(endpoint.pathParameters().get(i), id.get());
        }
        return Optional.empty();
    }

    /** An owned id in the collection at {@code path}: one created there, else one its list endpoint shows. */
    Optional<String> idIn(String path) {
        Set<String> known = ids.get(path);
        if (known != null && !known.isEmpty()) {
            return Optional.of(known.iterator().next());
        }
        Optional<String> found = listed.computeIfAbsent(path, this::list);
        return found.isPresent() ? found : Optional.ofNullable(shared.get(path));
    }

    /** Why no owned id is known for the collection at {@code path}, for the matrix's report. */
    String reason(String path) {
        return reasons.getOrDefault(path, endpoints.stream().anyMatch(e -> e.method().equals("POST") && matches(e.path(), path))
                ? "nothing created there" : "no endpoint creates or lists it for the owner");
    }

    /** The {@code key} of an object created in a collection whose path ends with {@code suffix} ({@code templates}). */
    String keyIn(String suffix) {
        return created.entrySet().stream().filter(e -> e.getKey().endsWith(suffix) || e.getKey().endsWith("-" + suffix))
                .map(e -> e.getValue().path("key").asText(null)).filter(java.util.Objects::nonNull).findFirst().orElse(null);
    }

    /** Every owned id found, to check that no one else sees them. */
    Set<String> all() {
        Set<String> all = new LinkedHashSet<>();
        ids.values().forEach(all::addAll);
        return all;
    }

    ExampleBodies bodies(JsonNode document) {
        return new ExampleBodies(document, collection -> idIn(collection).orElse(null), this::keyIn);
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
                List<String> found = idsOf(response.asString(), null);
                if (found.isEmpty()) {
                    found = tokensOf(response);
                }
                found.stream().findFirst().ifPresent(id -> {
                    ids.computeIfAbsent(path, k -> new LinkedHashSet<>()).add(id);
                    // made under its parent (/calls/1/applications), addressed on its own (/applications/{id})
                    String alias = path.substring(path.lastIndexOf('/'));
                    if (!alias.equals(path) && !ids.containsKey(alias)) {
                        ids.computeIfAbsent(alias, k -> new LinkedHashSet<>()).add(id);
                    }
                });
                try {
                    created.put(path, JSON.readTree(response.asString()));
                } catch (Exception e) {
                    // not JSON: nothing to name it by
                }
                return;
            }
            if (response.statusCode() != 403) {
                reasons.put(path, "POST " + endpoint.path() + " as " + owner + " answered " + response.statusCode() + " "
                        + response.asString().substring(0, Math.min(160, response.asString().length())));
            }
        }
    }

    /**
     * The capability tokens a response hands out ({@code https://.../signing/<token>} in a Location header or a
     * {@code url} field): the id of a link endpoint such as {@code /signing/{token}}.
     */
    private static List<String> tokensOf(Response response) {
        List<String> found = new ArrayList<>();
        String location = response.header("Location");
        List<String> urls = new ArrayList<>();
        if (location != null) {
            urls.add(location);
        }
        try {
            JsonNode json = JSON.readTree(response.asString());
            json.fields().forEachRemaining(f -> {
                if (f.getValue().isTextual() && f.getValue().asText().startsWith("http")) {
                    urls.add(f.getValue().asText());
                }
            });
        } catch (Exception e) {
            // not JSON
        }
        for (String url : urls) {
            String last = url.substring(url.lastIndexOf('/') + 1);
            if (last.length() >= 16) {
                found.add(last);
            }
        }
        return found;
    }

    /** Actions that end an object's workflow (cancel, withdraw, ...): never run on the workflow's shared objects. */
    private static final Set<String> TERMINAL = Set.of("cancel", "decline", "withdraw", "archive", "complete", "decide",
            "close", "start", "extension");

    private boolean endsTheWorkflowOf(String path) {
        String action = path.substring(path.lastIndexOf('/') + 1);
        return TERMINAL.contains(action) && shared.values().stream().anyMatch(path::contains);
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
        // An object counts as the institution's when it says so; one without an institution field counts (a
        // participant's own survey), unless it is a network default that every institution shares.
        if (institution != null && object.has("institution") && !institution.equals(object.path("institution").asText(null))
                || institution != null && object.path("networkDefault").asBoolean(false)) {
            return;
        }
        if (id.isValueNode() && UUID_LIKE.matcher(id.asText()).matches()) {
            found.add(id.asText());
        }
    }
}

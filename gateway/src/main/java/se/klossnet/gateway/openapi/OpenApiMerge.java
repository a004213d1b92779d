package se.klossnet.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Merges the OpenAPI documents of a node's services into one, as the gateway serves them: each service's paths get
 * its route prefix, its components get the route name as a prefix ({@code call_ProgrammeView}) so that two services'
 * {@code Page} or {@code Problem} do not collide, and every {@code $ref} follows the rename. Each operation is tagged
 * with its route.
 */
public final class OpenApiMerge {

    private static final Set<String> HTTP_METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

    /** One service's document and where the gateway serves it. */
    public record Part(String route, String prefix, JsonNode document) {
    }

    private OpenApiMerge() {
    }

    public static ObjectNode merge(String title, String version, List<Part> parts, List<String> unavailable) {
        JsonNodeFactory json = JsonNodeFactory.instance;
        ObjectNode merged = json.objectNode();
        merged.put("openapi", parts.stream().map(p -> p.document().path("openapi").asText(""))
                .filter(v -> !v.isEmpty()).findFirst().orElse("3.0.3"));
        merged.putObject("info").put("title", title).put("version", version);
        merged.putArray("servers").addObject().put("url", "/");
        ObjectNode paths = merged.putObject("paths");
        ObjectNode components = merged.putObject("components");
        ArrayNode tags = merged.putArray("tags");
        for (Part part : parts) {
            tags.addObject().put("name", part.route()).put("description", "served by the " + part.route() + " upstream under "
                    + (part.prefix().isEmpty() ? "/" : part.prefix()));
            JsonNode document = renameRefs(part.document().deepCopy(), part.route());
            for (Iterator<Map.Entry<String, JsonNode>> it = document.path("paths").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> path = it.next();
                ObjectNode item = (ObjectNode) path.getValue();
                tagOperations(item, part.route());
                paths.set(part.prefix() + path.getKey(), item);
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = document.path("components").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> section = it.next();
                ObjectNode target = components.has(section.getKey())
                        ? (ObjectNode) components.get(section.getKey()) : components.putObject(section.getKey());
                section.getValue().fields().forEachRemaining(c -> target.set(part.route() + "_" + c.getKey(), c.getValue()));
            }
        }
        if (!unavailable.isEmpty()) {
            ArrayNode missing = merged.putArray("x-kloss-unavailable");
            unavailable.forEach(missing::add);
        }
        return merged;
    }

    private static void tagOperations(ObjectNode item, String route) {
        item.fields().forEachRemaining(op -> {
            if (HTTP_METHODS.contains(op.getKey()) && op.getValue() instanceof ObjectNode operation) {
                ArrayNode tags = operation.has("tags") ? (ArrayNode) operation.get("tags") : operation.putArray("tags");
                tags.insert(0, route);
            }
        });
    }

    /** Rewrites every local component reference {@code #/components/<section>/<name>} to the prefixed name. */
    static JsonNode renameRefs(JsonNode node, String route) {
        if (node instanceof ObjectNode object) {
            object.fields().forEachRemaining(field -> {
                if (field.getKey().equals("$ref") && field.getValue().isTextual()) {
                    field.setValue(new TextNode(renamed(field.getValue().asText(), route)));
                } else {
                    renameRefs(field.getValue(), route);
                }
            });
        } else if (node instanceof ArrayNode array) {
            array.forEach(element -> renameRefs(element, route));
        }
        return node;
    }

    private static String renamed(String ref, String route) {
        if (!ref.startsWith("#/components/")) {
            return ref;
        }
        int slash = ref.indexOf('/', "#/components/".length());
        return slash < 0 ? ref : ref.substring(0, slash + 1) + route + "_" + ref.substring(slash + 1);
    }
}

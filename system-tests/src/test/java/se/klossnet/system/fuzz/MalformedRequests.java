package se.klossnet.system.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * Generates malformed requests for one operation of a service's OpenAPI document: a plausible body built from the
 * schema, then broken in one of the ways a careless or hostile client breaks it. Deterministic for a given seed, so
 * a failing case can be replayed.
 */
final class MalformedRequests {

    /** One request to send. */
    record Request(String method, String path, String contentType, String body, String kind) {
    }

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String[] UNICODE_EDGES = {
        "\u0000", "\uD800", "\uDFFF", "\u202E" + "evil", "\u200B\u200B", "😀👩‍👩‍👧‍👦", "Åäö ÆØ ß", "\uFEFF", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢",
        "' OR 1=1 --", "<script>alert(1)</script>", "%00%2e%2e%2f", "\\u0000", "\r\n\r\n"
    };
    private static final String[] BAD_DATES = {"2026-13-45", "2026-02-30", "0000-00-00", "yesterday", "2026-1-1",
        "99999-01-01", "2026-01-01T25:61:00Z", ""};

    private final JsonNode openApi;
    private final Random random;

    MalformedRequests(JsonNode openApi, long seed) {
        this.openApi = openApi;
        this.random = new Random(seed);
    }

    /** A malformed variant of the operation {@code method path}. */
    Request next(String method, String pathTemplate, JsonNode operation) {
        String path = fillPath(pathTemplate);
        JsonNode schema = operation.at("/requestBody/content/application~1json/schema");
        boolean hasBody = !schema.isMissingNode();
        int choice = random.nextInt(hasBody ? 12 : 3);
        return switch (choice) {
            case 0 -> new Request(method, path + "?page=-1&size=100000&sort="
                    + java.net.URLEncoder.encode(pick(UNICODE_EDGES), java.nio.charset.StandardCharsets.UTF_8),
                    "application/json", null, "bad query");
            case 1 -> new Request(method, badPath(pathTemplate), "application/json", hasBody ? "{}" : null, "bad path parameter");
            case 2 -> new Request(method, path, "application/json", "{\"unexpected\": true}", "unexpected body");
            case 3 -> new Request(method, path, "application/json", truncate(valid(schema)), "broken JSON");
            case 4 -> new Request(method, path, "application/json", "[".repeat(20_000) + "]".repeat(20_000), "deep nesting");
            case 5 -> new Request(method, path, pick(new String[] {"text/plain", "application/xml", "multipart/form-data"}),
                    valid(schema).toString(), "wrong content type");
            default -> new Request(method, path, "application/json", mutate(schema).toString(), "mutated field");
        };
    }

    private JsonNode mutate(JsonNode schema) {
        JsonNode body = valid(schema);
        if (!(body instanceof ObjectNode object) || object.isEmpty()) {
            return JSON.textNode(pick(UNICODE_EDGES));
        }
        List<String> fields = new ArrayList<>();
        object.fieldNames().forEachRemaining(fields::add);
        String field = fields.get(random.nextInt(fields.size()));
        JsonNode fieldSchema = resolve(resolve(schema).path("properties").path(field));
        switch (random.nextInt(8)) {
            case 0 -> object.remove(field);                                              // missing (often required)
            case 1 -> object.put(field, "x".repeat(1_048_576));                          // a 1 MB string
            case 2 -> object.set(field, JSON.numberNode(new java.math.BigDecimal("-1e400"))); // huge negative number
            case 3 -> object.put(field, pick(BAD_DATES));                                // invalid date
            case 4 -> object.put(field, "NOT_A_KNOWN_VALUE");                            // unknown enum value
            case 5 -> object.set(field, wrongType(fieldSchema));                         // wrong type
            case 6 -> object.put(field, pick(UNICODE_EDGES));                            // unicode edge case
            default -> object.set(field, JSON.numberNode(-random.nextInt(1_000_000)));   // negative amount
        }
        return object;
    }

    /** A plausible value of the schema: what a correct client would send, as a starting point for breaking it. */
    JsonNode valid(JsonNode schemaOrRef) {
        JsonNode schema = resolve(schemaOrRef);
        if (schema.has("enum")) {
            return schema.get("enum").get(0);
        }
        String type = schema.path("type").asText(schema.has("properties") ? "object" : "string");
        return switch (type) {
            case "object" -> {
                ObjectNode object = JSON.objectNode();
                Iterator<Map.Entry<String, JsonNode>> properties = schema.path("properties").fields();
                while (properties.hasNext()) {
                    Map.Entry<String, JsonNode> p = properties.next();
                    object.set(p.getKey(), valid(p.getValue()));
                }
                yield object;
            }
            case "array" -> {
                ArrayNode array = JSON.arrayNode();
                array.add(valid(schema.path("items")));
                yield array;
            }
            case "integer" -> JSON.numberNode(1);
            case "number" -> JSON.numberNode(100);
            case "boolean" -> JSON.booleanNode(true);
            default -> switch (schema.path("format").asText("")) {
                case "date" -> JSON.textNode("2027-03-01");
                case "date-time" -> JSON.textNode("2027-03-01T09:00:00Z");
                case "uuid" -> JSON.textNode(UUID.randomUUID().toString());
                default -> JSON.textNode("text");
            };
        };
    }

    private JsonNode wrongType(JsonNode schema) {
        String type = schema.path("type").asText("string");
        return switch (type) {
            case "string" -> JSON.objectNode().put("nested", 1);
            case "array" -> JSON.textNode("not an array");
            case "object" -> JSON.arrayNode().add(1);
            default -> JSON.textNode("lots");
        };
    }

    private JsonNode resolve(JsonNode schema) {
        if (schema.has("$ref")) {
            String ref = schema.get("$ref").asText();
            return resolve(openApi.at(ref.substring(1)));
        }
        if (schema.has("allOf") && schema.get("allOf").size() == 1) {
            return resolve(schema.get("allOf").get(0));
        }
        return schema;
    }

    private String fillPath(String template) {
        return template.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
    }

    private String badPath(String template) {
        String[] bad = {"not-a-uuid", "..%2f..%2fetc%2fpasswd", "%00", "9".repeat(400), "%F0%9F%98%80", "-1"};
        return template.contains("{") ? template.replaceAll("\\{[^}]+}", pick(bad)) : template + "/" + pick(bad);
    }

    private String truncate(JsonNode body) {
        String text;
        try {
            text = MAPPER.writeValueAsString(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return text.length() <= 1 ? "{" : text.substring(0, 1 + random.nextInt(text.length() - 1));
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }
}

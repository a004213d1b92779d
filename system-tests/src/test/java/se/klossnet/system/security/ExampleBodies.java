package se.klossnet.system.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Iterator;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * A request body made from an OpenAPI schema: the schema's own example where it has one, else a value that fits the
 * type, format, enum and bounds. Fields named like {@code programmeId} get an id the caller's institution owns (by
 * the naming rule {@code fooId} to collection {@code /foos}). Bodies are generated, never written per endpoint.
 */
final class ExampleBodies {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final JsonNode document;
    private final Function<String, String> idOfCollection;
    private final Function<String, String> keyOfCollection;

    /**
     * @param idOfCollection  an owned id for a collection path such as {@code /programmes}, or null
     * @param keyOfCollection the {@code key} of an owned object in a collection named like {@code templates} (for a
     *                        field {@code templateKey}), or null
     */
    ExampleBodies(JsonNode document, Function<String, String> idOfCollection, Function<String, String> keyOfCollection) {
        this.document = document;
        this.idOfCollection = idOfCollection;
        this.keyOfCollection = keyOfCollection;
    }

    ExampleBodies(JsonNode document, Function<String, String> idOfCollection) {
        this(document, idOfCollection, collection -> null);
    }

    JsonNode of(JsonNode schema) {
        return value(schema, null, 0);
    }

    private JsonNode value(JsonNode schema, String name, int depth) {
        if (schema == null || schema.isMissingNode() || depth > 8) {
            return JSON.nullNode();
        }
        if (schema.has("$ref")) {
            return value(resolve(schema.get("$ref").asText()), name, depth + 1);
        }
        if (schema.has("allOf")) {
            ObjectNode merged = JSON.objectNode();
            for (JsonNode part : schema.get("allOf")) {
                JsonNode v = value(part, name, depth + 1);
                if (v instanceof ObjectNode o) {
                    merged.setAll(o);
                } else if (!v.isNull()) {
                    return v;
                }
            }
            return merged;
        }
        if (schema.has("oneOf") || schema.has("anyOf")) {
            JsonNode options = schema.has("oneOf") ? schema.get("oneOf") : schema.get("anyOf");
            for (JsonNode option : options) {
                if (!"null".equals(option.path("type").asText())) {
                    return value(option, name, depth + 1);
                }
            }
        }
        if (name != null && name.endsWith("Id") && name.length() > 2 && !schema.has("enum")) {
            String stem = name.substring(0, name.length() - 2);
            String id = idOfCollection.apply("/" + stem + "s");
            // participantExchangeId: an exchange, by the last word of the name
            String[] words = stem.split("(?=[A-Z])");
            if (id == null && words.length > 1) {
                id = idOfCollection.apply("/" + words[words.length - 1].toLowerCase(java.util.Locale.ROOT) + "s");
            }
            if (id != null) {
                return JSON.textNode(id);
            }
        }
        if (name != null && name.endsWith("Key") && name.length() > 3 && !schema.has("enum")) {
            String key = keyOfCollection.apply(name.substring(0, name.length() - 3).toLowerCase(java.util.Locale.ROOT) + "s");
            if (key != null) {
                return JSON.textNode(key);
            }
        }
        String format = schema.path("format").asText("");
        if (format.equals("date") || format.equals("date-time")) {
            return JSON.textNode(moment(format, name)); // the generator's default examples are one fixed day
        }
        JsonNode named = byName(name, schema);
        if (named != null) {
            return named;
        }
        if (schema.has("example") && !schema.get("example").isNull()) {
            return schema.get("example");
        }
        if (schema.has("examples") && schema.get("examples").isArray() && !schema.get("examples").isEmpty()) {
            return adaptExample(schema.get("examples").get(0), schema);
        }
        if (schema.has("enum") && !schema.get("enum").isEmpty()) {
            return schema.get("enum").get(0);
        }
        String type = typeOf(schema);
        return switch (type) {
            case "object" -> object(schema, depth);
            case "array" -> array(schema, name, depth);
            case "integer" -> JSON.numberNode((long) number(schema, 1));
            case "number" -> JSON.numberNode(number(schema, 1000));
            case "boolean" -> JSON.booleanNode(false);
            case "string" -> string(schema, name);
            default -> JSON.nullNode();
        };
    }

    private JsonNode object(JsonNode schema, int depth) {
        ObjectNode object = JSON.objectNode();
        // Only the required fields: what a client may leave out, the service fills with its (valid) defaults.
        java.util.Set<String> required = new java.util.HashSet<>();
        schema.path("required").forEach(r -> required.add(r.asText()));
        for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("properties").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> property = it.next();
            // an organisationsnummer is optional in the schema but required of a Swedish organisation
            boolean neededAnyway = property.getKey().toLowerCase(java.util.Locale.ROOT).contains("organisationnumber");
            if (property.getValue().path("readOnly").asBoolean(false)
                    || !required.isEmpty() && !required.contains(property.getKey()) && !neededAnyway) {
                continue;
            }
            if (property.getKey().equals("version")) {
                object.put("version", 0); // a new object's; an update takes the one read (BolaMatrixSystemTest)
                continue;
            }
            JsonNode v = value(property.getValue(), property.getKey(), depth + 1);
            if (!v.isNull()) {
                object.set(property.getKey(), v);
            }
        }
        return object;
    }

    private JsonNode array(JsonNode schema, String name, int depth) {
        ArrayNode array = JSON.arrayNode();
        int items = Math.max(1, schema.path("minItems").asInt(1));
        for (int i = 0; i < items; i++) {
            JsonNode v = value(schema.path("items"), singular(name), depth + 1);
            if (!v.isNull()) {
                array.add(v);
            }
        }
        return array;
    }

    private static JsonNode string(JsonNode schema, String name) {
        String format = schema.path("format").asText("");
        return switch (format) {
            case "date" -> JSON.textNode(LocalDate.now().plusDays(30).toString());
            case "date-time" -> JSON.textNode(Instant.now().plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString());
            case "uuid" -> JSON.textNode(UUID.randomUUID().toString());
            case "email" -> JSON.textNode("system-test@example.org");
            case "uri", "url" -> JSON.textNode("https://example.org/system-test");
            default -> {
                int min = schema.path("minLength").asInt(0);
                String text = "system test " + (name == null ? "value" : name);
                while (text.length() < min) {
                    text = text + " x";
                }
                int max = schema.path("maxLength").asInt(Integer.MAX_VALUE);
                yield JSON.textNode(text.length() > max ? text.substring(0, max) : text);
            }
        };
    }

    /**
     * A date or instant that fits the usual order of a mobility's dates: a call opens yesterday and closes in a month,
     * an exchange starts in two months and ends in eight; a logbook entry or an outcome of a started exchange is dated
     * today.
     */
    private static String moment(String format, String name) {
        String n = name == null ? "" : name.toLowerCase(java.util.Locale.ROOT);
        // what is written or occurs during an exchange falls on its first day: the test's exchanges start today
        int days = n.contains("written") || n.contains("occurred") ? 0
                : n.contains("held") || n.contains("happened") ? -7 : n.contains("open") ? -1 : n.contains("close") || n.contains("deadline") ? 30
                : n.contains("start") || n.contains("from") ? 60 : n.contains("end") || n.contains("until") || n.endsWith("to") ? 240 : 30;
        Instant at = Instant.now().plus(days, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        return format.equals("date") ? LocalDate.ofInstant(at, java.time.ZoneOffset.UTC).toString() : at.toString();
    }

    /** Values that plain type rules get wrong, by the field's name: countries, e-mail addresses, keys, org numbers. */
    private static JsonNode byName(String name, JsonNode schema) {
        if (name == null || !"string".equals(typeOf(schema)) || schema.has("enum")) {
            return null;
        }
        String n = name.toLowerCase(java.util.Locale.ROOT);
        if (n.equals("country") || n.endsWith("country")) {
            return JSON.textNode("SE");
        }
        if (n.contains("email")) {
            return JSON.textNode("system-test@example.org");
        }
        if (n.contains("organisationnumber") || n.contains("organizationnumber")) {
            return JSON.textNode(luhn("556677889"));
        }
        String pattern = schema.path("pattern").asText("");
        if (pattern.startsWith("[a-z]")) {
            return JSON.textNode("st" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).replaceAll("[^a-z0-9]", "a"));
        }
        return null;
    }

    /** Nine digits and the Luhn check digit, as a Swedish organisationsnummer has. */
    private static String luhn(String nine) {
        int sum = 0;
        for (int i = 0; i < nine.length(); i++) {
            int d = (nine.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
            sum += d > 9 ? d - 9 : d;
        }
        return nine + ((10 - sum % 10) % 10);
    }

    private static double number(JsonNode schema, double fallback) {
        double value = fallback;
        if (schema.has("minimum")) {
            value = Math.max(value, schema.get("minimum").asDouble());
        }
        if (schema.has("exclusiveMinimum") && schema.get("exclusiveMinimum").isNumber()) {
            value = Math.max(value, schema.get("exclusiveMinimum").asDouble() + 1);
        }
        if (schema.has("maximum")) {
            value = Math.min(value, schema.get("maximum").asDouble());
        }
        return value;
    }

    /** An example is often a string even for numbers (MicroProfile's {@code examples}); give it the schema's type. */
    private static JsonNode adaptExample(JsonNode example, JsonNode schema) {
        String type = typeOf(schema);
        if (example.isTextual()) {
            try {
                if (type.equals("integer")) {
                    return JSON.numberNode(Long.parseLong(example.asText()));
                }
                if (type.equals("number")) {
                    return JSON.numberNode(new java.math.BigDecimal(example.asText()));
                }
                if (type.equals("boolean")) {
                    return JSON.booleanNode(Boolean.parseBoolean(example.asText()));
                }
            } catch (NumberFormatException e) {
                return example;
            }
        }
        return example;
    }

    private static String typeOf(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (!"null".equals(t.asText())) {
                    return t.asText();
                }
            }
        }
        if (type.isTextual()) {
            return type.asText();
        }
        return schema.has("properties") ? "object" : schema.has("items") ? "array" : "string";
    }

    private static String singular(String name) {
        return name != null && name.endsWith("s") ? name.substring(0, name.length() - 1) : name;
    }

    private JsonNode resolve(String ref) {
        if (!ref.startsWith("#/")) {
            return null;
        }
        JsonNode node = document;
        for (String part : ref.substring(2).split("/")) {
            node = node.path(part.replace("~1", "/").replace("~0", "~"));
        }
        return node;
    }
}

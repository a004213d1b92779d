package se.klossnet.system.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.RandomGenerator;

/**
 * Generates malformed requests for one operation of a service's OpenAPI document: a plausible request built from the
 * schema and the operation's parameters, then broken in one {@link Category} the way a careless or hostile client
 * breaks it. The values come from jqwik arbitraries (with their edge cases: 0, -1, Long.MAX_VALUE, empty strings, ...)
 * drawn from one {@link Random} with a fixed seed, so a run is repeatable and a failing case can be replayed.
 */
final class MalformedRequests {

    /** The ways a request is broken; {@code ./kloss fuzz} reports its counts per category. */
    enum Category {
        WRONG_TYPE, MISSING_REQUIRED, UNKNOWN_ENUM, HUGE_STRING, HUGE_NUMBER, NEGATIVE_AMOUNT, INVALID_DATE,
        REVERSED_PERIOD, BROKEN_JSON, DEEP_NESTING, WRONG_CONTENT_TYPE, UNICODE, BAD_PATH, BAD_QUERY
    }

    /** One request to send: the body as raw bytes, since some cases (overlong UTF-8) are not valid text. */
    record Request(String method, String path, String contentType, byte[] body, Category category, String detail) {

        String describe() {
            String shownPath = path.length() > 120 ? path.substring(0, 120) + "…" : path;
            String shownBody = body == null ? "" : new String(body, 0, Math.min(body.length, 160), StandardCharsets.UTF_8);
            return category + " (" + detail + "): " + method + " " + shownPath + " [" + contentType + "] " + shownBody
                    + (body != null && body.length > 160 ? "… (" + body.length + " bytes)" : "");
        }

        Request withBody(byte[] newBody) {
            return new Request(method, path, contentType, newBody, category, detail);
        }
    }

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final int GEN_SIZE = 1000;

    /** Unicode that breaks naive code: NUL, lone surrogates (as JSON escapes), RTL override, combining marks, emoji. */
    private static final Arbitrary<String> UNICODE_EDGES = Arbitraries.of(
            "\u0000", "a\u0000b", "\\ud800", "\\udfff", "x\\udc00y", "\u202Eevil\u202C", "\u200F\u05E9\u05DC\u05D5\u05DD",
            "e" + "\u0301".repeat(500), "Z\u0334\u0327\u031B\u0316\u0353\u031E", "😀👩‍👩‍👧‍👦🏳️‍🌈", "\uFEFF", "\u200B\u200B\u200B",
            "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "Åäö ÆØ ß ﬁ", "\uFFFF\uFFFE", "\r\n\r\n", "' OR 1=1 --", "<script>alert(1)</script>",
            "%00%2e%2e%2f", "${jndi:ldap://x}", "\u0085\u2028\u2029");
    /** Raw byte sequences that are not UTF-8: overlong encodings of '/' and NUL, CESU surrogates, stray bytes. */
    private static final Arbitrary<byte[]> INVALID_UTF8 = Arbitraries.of(
            new byte[] {(byte) 0xC0, (byte) 0xAF}, new byte[] {(byte) 0xE0, (byte) 0x80, (byte) 0xAF},
            new byte[] {(byte) 0xC0, (byte) 0x80}, new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
            new byte[] {(byte) 0xFF, (byte) 0xFE}, new byte[] {(byte) 0x80}, new byte[] {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80});
    private static final Arbitrary<String> BAD_DATES = Arbitraries.oneOf(
            Arbitraries.of("2026-13-45", "2026-02-30", "2027-02-29", "0000-00-00", "yesterday", "2026-1-1", "+999999999-12-31",
                    "99999-01-01", "2026-01-01T25:61:00Z", "", "2026/01/01", "01.01.2026", "-0001-01-01", "2026-W05-1"),
            Arbitraries.integers().between(-99_999, 999_999).flatMap(y -> Arbitraries.integers().between(0, 99)
                    .flatMap(m -> Arbitraries.integers().between(0, 99).map(d -> y + "-" + m + "-" + d))));
    private static final Arbitrary<String> HUGE_NUMBERS = Arbitraries.oneOf(
            Arbitraries.of("1e400", "-1e400", "9223372036854775808", "-9223372036854775809", "1" + "0".repeat(5000),
                    "0." + "0".repeat(5000) + "1", "1e-400", "123456789012345678901234567890.123456789", "2147483648"),
            Arbitraries.bigIntegers().between(java.math.BigInteger.TEN.pow(18), java.math.BigInteger.TEN.pow(400))
                    .map(java.math.BigInteger::toString));
    private static final Arbitrary<Long> NEGATIVES = Arbitraries.longs().between(Long.MIN_VALUE, -1);
    private static final Arbitrary<Integer> HUGE_LENGTHS = Arbitraries.integers().between(5_000, 1_100_000);
    private static final Arbitrary<Character> FILLER = Arbitraries.chars().all();
    private static final Arbitrary<Integer> DEPTHS = Arbitraries.integers().between(500, 60_000);
    private static final Arbitrary<String> CONTENT_TYPES = Arbitraries.of("text/plain", "application/xml",
            "multipart/form-data; boundary=x", "application/x-www-form-urlencoded", "application/json; charset=ebcdic",
            "application/json; charset=utf-16", "application/octet-stream", "image/png", "*/*", "application",
            "text/html; charset=\"", "application/merge-patch+json", "application/vnd.kloss+json");

    private final JsonNode openApi;
    private final Random random;
    private final Function<String, String> realId;

    /**
     * @param realId an id of an existing object for a path template's collection (e.g. {@code /calls}), or null: a
     *               request about a real object reaches the service's deeper checks, not only "not found"
     */
    MalformedRequests(JsonNode openApi, long seed, Function<String, String> realId) {
        this.openApi = openApi;
        this.random = new Random(seed);
        this.realId = realId;
    }

    /** The categories that can break an operation (a body's categories need a body schema, REVERSED_PERIOD two dates). */
    Set<Category> applicable(JsonNode operation) {
        Set<Category> categories = EnumSet.of(Category.BAD_PATH, Category.BAD_QUERY, Category.WRONG_TYPE, Category.HUGE_STRING,
                Category.HUGE_NUMBER, Category.NEGATIVE_AMOUNT, Category.UNICODE, Category.INVALID_DATE, Category.UNKNOWN_ENUM);
        JsonNode schema = bodySchema(operation);
        if (!schema.isMissingNode()) {
            categories.addAll(EnumSet.of(Category.MISSING_REQUIRED, Category.BROKEN_JSON, Category.DEEP_NESTING,
                    Category.WRONG_CONTENT_TYPE));
            if (periods(resolve(schema)).size() > 0) {
                categories.add(Category.REVERSED_PERIOD);
            }
        }
        return categories;
    }

    /** A malformed variant of the operation {@code method path} of the given category (one of {@link #applicable}). */
    Request next(String method, String pathTemplate, JsonNode operation, Category category) {
        String path = fillPath(pathTemplate, !method.equals("DELETE"));
        JsonNode schema = bodySchema(operation);
        boolean hasBody = !schema.isMissingNode();
        List<JsonNode> queries = new ArrayList<>();
        operation.path("parameters").forEach(p -> {
            JsonNode param = resolve(p);
            if ("query".equals(param.path("in").asText())) {
                queries.add(param);
            }
        });
        // Without a body, a value category breaks a query parameter (or adds one the service does not know).
        if (!hasBody && category != Category.BAD_PATH) {
            return queryCase(method, path, queries, category);
        }
        return switch (category) {
            case BAD_PATH -> new Request(method, badPath(pathTemplate), "application/json", hasBody ? bytes(valid(schema)) : null,
                    category, "path parameter");
            case BAD_QUERY -> queryCase(method, path, queries, category).withBody(bytes(valid(schema)));
            case BROKEN_JSON -> new Request(method, path, "application/json", brokenJson(valid(schema)), category, "syntax");
            case DEEP_NESTING -> new Request(method, path, "application/json", deepNesting(valid(schema)), category, "depth");
            case WRONG_CONTENT_TYPE -> wrongContentType(method, path, valid(schema));
            case UNICODE -> random.nextInt(4) == 0
                    ? new Request(method, path, "application/json", withInvalidUtf8(valid(schema)), category, "invalid UTF-8 bytes")
                    : bodyCase(method, path, schema, category);
            default -> bodyCase(method, path, schema, category);
        };
    }

    private Request bodyCase(String method, String path, JsonNode schemaOrRef, Category category) {
        JsonNode schema = resolve(schemaOrRef);
        JsonNode body = valid(schema);
        if (!(body instanceof ObjectNode object) || object.isEmpty()) {
            // a body that is not an object (an array, a string): break the whole of it
            return new Request(method, path, "application/json", value(category, schema, null).getBytes(StandardCharsets.UTF_8),
                    category, "whole body");
        }
        if (category == Category.REVERSED_PERIOD) {
            List<String[]> pairs = periods(schema);
            String[] pair = pairs.get(random.nextInt(pairs.size()));
            LocalDate start = LocalDate.of(2027, 1, 1).plusDays(draw(Arbitraries.integers().between(0, 2000)));
            object.put(pair[0], start.toString());
            object.put(pair[1], start.minusDays(draw(Arbitraries.integers().between(1, 4000))).toString());
            return new Request(method, path, "application/json", bytes(object), category, pair[1] + " before " + pair[0]);
        }
        if (category == Category.MISSING_REQUIRED) {
            List<String> required = new ArrayList<>();
            schema.path("required").forEach(r -> required.add(r.asText()));
            List<String> fields = required.isEmpty() ? fieldsOf(object) : required;
            String field = fields.get(random.nextInt(fields.size()));
            if (random.nextBoolean()) {
                object.remove(field);
            } else {
                object.putNull(field);
            }
            return new Request(method, path, "application/json", bytes(object), category, field);
        }
        // one field, nested objects included (host.country, budget.amount), gets the broken value
        List<String[]> targets = new ArrayList<>();
        collectFields(schema, object, "", targets, 0);
        // mostly a field the category fits (an enum for UNKNOWN_ENUM, a number for NEGATIVE_AMOUNT), sometimes any
        List<String[]> fitting = targets.stream().filter(t -> fits(category, resolve(schemaAt(schema, t[0])))).toList();
        if (!fitting.isEmpty() && random.nextInt(4) != 0) {
            targets = fitting;
        }
        String[] target = targets.get(random.nextInt(targets.size()));
        String rawValue = value(category, resolve(schemaAt(schema, target[0])), target[0]);
        String json = replaceField(object, target[0], rawValue);
        return new Request(method, path, "application/json", json.getBytes(StandardCharsets.UTF_8), category, target[0]);
    }

    /** Whether a field of this schema is where a category's breakage belongs. */
    private static boolean fits(Category category, JsonNode schema) {
        String type = typeOf(schema);
        String format = schema.path("format").asText("");
        return switch (category) {
            case UNKNOWN_ENUM -> schema.has("enum") || schema.path("items").has("enum");
            case NEGATIVE_AMOUNT, HUGE_NUMBER -> type.equals("integer") || type.equals("number");
            case INVALID_DATE -> format.equals("date") || format.equals("date-time");
            case HUGE_STRING, UNICODE -> type.equals("string") && !schema.has("enum");
            default -> true;
        };
    }

    /** The broken value of a category, as raw JSON text (so it can be a number JSON's parsers reject or overflow on). */
    private String value(Category category, JsonNode schema, String field) {
        return switch (category) {
            case WRONG_TYPE -> wrongType(schema);
            case UNKNOWN_ENUM -> quote(draw(Arbitraries.oneOf(Arbitraries.of("NOT_A_KNOWN_VALUE", "", "null", "approved", " APPROVED"),
                    Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(40).map(s -> s.toUpperCase(Locale.ROOT)))));
            case HUGE_STRING -> quote(hugeString());
            case HUGE_NUMBER -> draw(HUGE_NUMBERS);
            case NEGATIVE_AMOUNT -> random.nextBoolean() ? Long.toString(draw(NEGATIVES))
                    : new BigDecimal(draw(NEGATIVES)).movePointLeft(draw(Arbitraries.integers().between(0, 8))).toPlainString();
            case INVALID_DATE -> quote(draw(BAD_DATES));
            case UNICODE -> quote(draw(UNICODE_EDGES));
            default -> quote(draw(UNICODE_EDGES));
        };
    }

    private Request queryCase(String method, String path, List<JsonNode> queries, Category category) {
        String name;
        JsonNode schema;
        if (queries.isEmpty() || random.nextInt(5) == 0) {
            name = draw(Arbitraries.of("page", "size", "sort", "status", "from", "to", "q", "unknown"));
            schema = JSON.objectNode().put("type", "string");
        } else {
            List<JsonNode> fitting = queries.stream().filter(q -> fits(category, resolve(q.path("schema")))).toList();
            List<JsonNode> candidates = !fitting.isEmpty() && random.nextInt(4) != 0 ? fitting : queries;
            JsonNode param = candidates.get(random.nextInt(candidates.size()));
            name = param.path("name").asText();
            schema = resolve(param.path("schema"));
        }
        String value = switch (category) {
            case WRONG_TYPE -> draw(Arbitraries.of("abc", "[1,2]", "{}", "true", "1.5", "0x10"));
            case UNKNOWN_ENUM -> "NOT_A_KNOWN_VALUE";
            case HUGE_STRING -> "x".repeat(draw(Arbitraries.integers().between(1_000, 30_000))); // past the 8 KiB URI limit
            case HUGE_NUMBER -> draw(HUGE_NUMBERS.filter(n -> n.length() < 2000));
            case NEGATIVE_AMOUNT -> Long.toString(draw(NEGATIVES));
            case INVALID_DATE -> draw(BAD_DATES);
            case UNICODE -> unescape(draw(UNICODE_EDGES));
            // raw, so valid URI syntax only (the JDK client refuses "%zz"): NUL, overlong '/', a CESU surrogate, "&&&"
            case BAD_QUERY -> draw(Arbitraries.of("%25", "a&&&b", "=", "%00", "%C0%AF", "%ED%A0%80", "%FF%FE", "a=b=c", "%0D%0AX-Injected:%201"));
            default -> draw(UNICODE_EDGES);
        };
        String encoded = category == Category.BAD_QUERY ? value : URLEncoder.encode(value, StandardCharsets.UTF_8);
        String query = (category == Category.BAD_QUERY ? "page=-1&size=100000&" : "") + name + "=" + encoded;
        return new Request(method, path + "?" + query, "application/json", null, category, "query " + name
                + (schema.has("enum") ? " (enum)" : ""));
    }

    private Request wrongContentType(String method, String path, JsonNode body) {
        String type = draw(CONTENT_TYPES);
        byte[] bytes = switch (type) {
            case "application/xml" -> "<request><value>1</value></request>".getBytes(StandardCharsets.UTF_8);
            case "application/x-www-form-urlencoded" -> "a=1&b=2".getBytes(StandardCharsets.UTF_8);
            case "application/json; charset=utf-16" -> body.toString().getBytes(StandardCharsets.UTF_16);
            default -> bytes(body);
        };
        return new Request(method, path, type, bytes, Category.WRONG_CONTENT_TYPE, type);
    }

    private byte[] brokenJson(JsonNode body) {
        String text = body.toString();
        String broken = switch (random.nextInt(9)) {
            case 0 -> text.length() <= 1 ? "{" : text.substring(0, 1 + random.nextInt(text.length() - 1)); // truncated
            case 1 -> text + draw(Arbitraries.of("}", "]", ",", "garbage", "{}"));                         // trailing garbage
            case 2 -> text.replace('"', '\'');                                                             // single quotes
            case 3 -> "/* comment */" + text;
            case 4 -> text.replaceFirst(":", ": NaN, \"x\":");
            case 5 -> "";                                                                                   // empty body
            case 6 -> "\uFEFF" + text;                                                                      // BOM
            case 7 -> text.replaceFirst("\\{", "{\"a\":1,\"a\":");                                          // duplicate key, broken
            default -> draw(Arbitraries.strings().ofMinLength(1).ofMaxLength(200));                        // arbitrary text
        };
        return broken.getBytes(StandardCharsets.UTF_8);
    }

    private byte[] deepNesting(JsonNode body) {
        int depth = draw(DEPTHS);
        boolean arrays = random.nextBoolean();
        String open = arrays ? "[" : "{\"a\":";
        String close = arrays ? "]" : "}";
        String nested = open.repeat(depth) + "1" + close.repeat(depth);
        if (body instanceof ObjectNode object && !object.isEmpty() && random.nextBoolean()) {
            String field = fieldsOf(object).get(random.nextInt(object.size()));
            return replaceField(object, field, nested).getBytes(StandardCharsets.UTF_8);
        }
        return nested.getBytes(StandardCharsets.UTF_8);
    }

    private byte[] withInvalidUtf8(JsonNode body) {
        byte[] bad = draw(INVALID_UTF8);
        String text = body.toString();
        int quote = text.indexOf("\":\"");
        int at = quote < 0 ? Math.min(1, text.length()) : quote + 3;
        byte[] before = text.substring(0, at).getBytes(StandardCharsets.UTF_8);
        byte[] after = text.substring(at).getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[before.length + bad.length + after.length + (quote < 0 ? 2 : 0)];
        System.arraycopy(before, 0, all, 0, before.length);
        int offset = before.length;
        if (quote < 0) {
            all[offset++] = '"';
        }
        System.arraycopy(bad, 0, all, offset, bad.length);
        offset += bad.length;
        if (quote < 0) {
            all[offset++] = '"';
        }
        System.arraycopy(after, 0, all, offset, after.length);
        return all;
    }

    private String hugeString() {
        int length = draw(HUGE_LENGTHS);
        char c = draw(FILLER);
        String unit = Character.isSurrogate(c) || Character.isISOControl(c) || c == '"' || c == '\\' ? "x" : String.valueOf(c);
        return unit.repeat(length);
    }

    private String wrongType(JsonNode schema) {
        String type = typeOf(schema);
        return switch (type) {
            case "string" -> draw(Arbitraries.of("{\"nested\":1}", "[\"a\"]", "12345", "true", "null"));
            case "array" -> draw(Arbitraries.of("\"not an array\"", "{}", "7"));
            case "object" -> draw(Arbitraries.of("[1]", "\"text\"", "3.5", "false"));
            case "integer" -> draw(Arbitraries.of("\"lots\"", "1.5", "{}", "[]", "true", "\"12\""));
            case "number" -> draw(Arbitraries.of("\"lots\"", "{}", "[]", "true"));
            case "boolean" -> draw(Arbitraries.of("\"yes\"", "1", "{}", "[]"));
            default -> "{\"x\":[]}";
        };
    }

    /** A plausible value of the schema: what a correct client would send, as a starting point for breaking it. */
    JsonNode valid(JsonNode schemaOrRef) {
        return valid(schemaOrRef, 0);
    }

    private JsonNode valid(JsonNode schemaOrRef, int depth) {
        JsonNode schema = resolve(schemaOrRef);
        if (depth > 6) {
            return JSON.nullNode();
        }
        if (schema.has("enum") && !schema.get("enum").isEmpty()) {
            return schema.get("enum").get(0);
        }
        if (schema.has("oneOf") || schema.has("anyOf")) {
            JsonNode options = schema.has("oneOf") ? schema.get("oneOf") : schema.get("anyOf");
            for (JsonNode option : options) {
                if (!"null".equals(option.path("type").asText())) {
                    return valid(option, depth + 1);
                }
            }
        }
        return switch (typeOf(schema)) {
            case "object" -> {
                ObjectNode object = JSON.objectNode();
                Iterator<Map.Entry<String, JsonNode>> properties = schema.path("properties").fields();
                while (properties.hasNext()) {
                    Map.Entry<String, JsonNode> p = properties.next();
                    object.set(p.getKey(), valid(p.getValue(), depth + 1));
                }
                yield object;
            }
            case "array" -> {
                ArrayNode array = JSON.arrayNode();
                array.add(valid(schema.path("items"), depth + 1));
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

    /** Pairs of date fields that form a period: (plannedStart, plannedEnd), (opensOn, closesOn), (from, to). */
    private List<String[]> periods(JsonNode schema) {
        List<String> dates = new ArrayList<>();
        schema.path("properties").fields().forEachRemaining(p -> {
            String format = resolve(p.getValue()).path("format").asText("");
            if (format.equals("date") || format.equals("date-time")) {
                dates.add(p.getKey());
            }
        });
        List<String[]> pairs = new ArrayList<>();
        for (String first : dates) {
            String a = first.toLowerCase(Locale.ROOT);
            if (!(a.contains("start") || a.contains("from") || a.contains("open") || a.contains("begin"))) {
                continue;
            }
            for (String second : dates) {
                String b = second.toLowerCase(Locale.ROOT);
                if (!second.equals(first) && (b.contains("end") || b.contains("until") || b.endsWith("to") || b.contains("close"))) {
                    pairs.add(new String[] {first, second});
                }
            }
        }
        return pairs;
    }

    /** Every field path (a, b.c) of a body, with nested objects. */
    private void collectFields(JsonNode schema, ObjectNode object, String prefix, List<String[]> out, int depth) {
        for (String field : fieldsOf(object)) {
            out.add(new String[] {prefix + field});
            JsonNode child = object.get(field);
            if (child instanceof ObjectNode nested && depth < 3) {
                collectFields(resolve(resolve(schema).path("properties").path(field)), nested, prefix + field + ".", out, depth + 1);
            }
        }
    }

    private JsonNode schemaAt(JsonNode schema, String dotted) {
        JsonNode at = schema;
        for (String part : dotted.split("\\.")) {
            at = resolve(resolve(at).path("properties").path(part));
        }
        return at;
    }

    /** The body as JSON text with the field at {@code dotted} replaced by the raw JSON text {@code rawValue}. */
    private static String replaceField(ObjectNode object, String dotted, String rawValue) {
        String marker = "__fuzz_" + UUID.randomUUID() + "__";
        ObjectNode copy = object.deepCopy();
        ObjectNode at = copy;
        String[] parts = dotted.split("\\.");
        for (int i = 0; i < parts.length - 1; i++) {
            at = (ObjectNode) at.get(parts[i]);
        }
        at.put(parts[parts.length - 1], marker);
        return copy.toString().replace("\"" + marker + "\"", rawValue);
    }

    private static List<String> fieldsOf(ObjectNode object) {
        List<String> fields = new ArrayList<>();
        object.fieldNames().forEachRemaining(fields::add);
        return fields;
    }

    private String fillPath(String template, boolean real) {
        // each parameter: an existing object's id where one is known (deeper checks run), else a random UUID
        StringBuilder out = new StringBuilder();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{[^}]+}").matcher(template);
        int last = 0;
        while (m.find()) {
            out.append(template, last, m.start());
            String collection = out.toString().endsWith("/") ? out.substring(0, out.length() - 1) : out.toString();
            String id = real && realId != null && random.nextInt(5) != 0 ? realId.apply(collection) : null;
            out.append(id != null ? id : UUID.randomUUID().toString());
            last = m.end();
        }
        out.append(template.substring(last));
        return out.toString();
    }

    private String badPath(String template) {
        String bad = draw(Arbitraries.oneOf(
                Arbitraries.of("not-a-uuid", "..%2f..%2fetc%2fpasswd", "%00", "9".repeat(400), "%F0%9F%98%80", "-1",
                        "%C0%AF", "%ED%A0%80", "%E2%80%AE", "00000000-0000-0000-0000-00000000000g", "%20", "%27%20OR%201%3D1",
                        "%0D%0ALocation:%20x", "%2e%2e", "%FF"),
                Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(300),
                Arbitraries.longs().map(Object::toString)));
        return template.contains("{") ? template.replaceAll("\\{[^}]+}", java.util.regex.Matcher.quoteReplacement(bad))
                : template + "/" + bad;
    }

    private JsonNode bodySchema(JsonNode operation) {
        return operation.at("/requestBody/content/application~1json/schema");
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

    private static String typeOf(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (!"null".equals(t.asText())) {
                    return t.asText();
                }
            }
        }
        return type.isTextual() ? type.asText() : schema.has("properties") ? "object" : schema.has("items") ? "array" : "string";
    }

    /** One value of a jqwik arbitrary, edge cases included, from this generator's seeded random. */
    private <T> T draw(Arbitrary<T> arbitrary) {
        RandomGenerator<T> generator = arbitrary.generator(GEN_SIZE, true);
        return generator.next(random).value();
    }

    /** JSON text of a string value; a {@code \\uXXXX} written in the edge cases stays an escape (a lone surrogate). */
    private static String quote(String value) {
        String quoted = JSON.textNode(value).toString();
        return quoted.replace("\\\\u", "\\u");
    }

    private static String unescape(String value) {
        return value.replace("\\ud800", "\uD800").replace("\\udfff", "\uDFFF").replace("\\udc00", "\uDC00");
    }

    private static byte[] bytes(JsonNode body) {
        return body.toString().getBytes(StandardCharsets.UTF_8);
    }
}

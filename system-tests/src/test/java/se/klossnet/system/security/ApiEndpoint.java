package se.klossnet.system.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import io.restassured.RestAssured;

/**
 * One operation of a service's API as its OpenAPI document describes it: method, path template, path parameters and
 * the request body's schema. The matrices are generated from these, never written out by hand.
 */
record ApiEndpoint(String service, String method, String path, List<String> pathParameters, JsonNode requestSchema,
                   JsonNode document) {

    private static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE");
    private static final Pattern PARAMETER = Pattern.compile("\\{([^}]+)}");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The key of the role table: {@code GET /programmes/{id}}. */
    String key() {
        return method + " " + path;
    }

    boolean takesObjectId() {
        return !pathParameters.isEmpty();
    }

    boolean changesState() {
        return !method.equals("GET");
    }

    @Override
    public String toString() {
        return service + " " + key();
    }

    /** The operations of the service at {@code baseUrl}, from its {@code /q/openapi}. */
    static List<ApiEndpoint> of(String service, String baseUrl) {
        String body = RestAssured.given().accept("application/json").get(baseUrl + "/q/openapi?format=json")
                .then().statusCode(200).extract().asString();
        JsonNode document;
        try {
            document = JSON.readTree(body);
        } catch (Exception e) {
            throw new IllegalStateException(service + " serves an unreadable OpenAPI document", e);
        }
        List<ApiEndpoint> endpoints = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            List<String> parameters = new ArrayList<>();
            Matcher m = PARAMETER.matcher(path.getKey());
            while (m.find()) {
                parameters.add(m.group(1));
            }
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                String method = op.getKey().toUpperCase();
                if (!METHODS.contains(method)) {
                    continue;
                }
                JsonNode schema = op.getValue().path("requestBody").path("content").path("application/json").path("schema");
                endpoints.add(new ApiEndpoint(service, method, path.getKey(), List.copyOf(parameters),
                        schema.isMissingNode() ? null : schema, document));
            }
        }
        return endpoints;
    }

    /** The path with its parameters filled in. */
    String expand(Map<String, String> values) {
        Matcher m = PARAMETER.matcher(path);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) {
                throw new IllegalArgumentException("no value for {" + m.group(1) + "} in " + path);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The template up to (not including) parameter {@code index}'s segment: where its ids can be listed. */
    String collectionOf(int index) {
        String marker = "{" + pathParameters.get(index) + "}";
        String before = path.substring(0, path.indexOf(marker));
        return before.endsWith("/") ? before.substring(0, before.length() - 1) : before;
    }
}

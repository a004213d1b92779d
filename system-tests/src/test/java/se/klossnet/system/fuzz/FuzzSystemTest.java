package se.klossnet.system.fuzz;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.sessions.JqwikSession;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.klossnet.system.Network;
import se.klossnet.system.fuzz.MalformedRequests.Category;

/**
 * Sends malformed requests, generated from each service's own OpenAPI document, to the running services: no answer
 * may be a 5xx, and every 4xx must be problem+json. {@code -Dkloss.fuzz.requests} sets the count per service
 * (a short fixed-seed run by default; {@code ./kloss fuzz} runs 10,000). Operations and categories are taken in
 * turn, so even the short run breaks every operation in several ways; path parameters name existing objects where
 * the service lists some, so the checks behind "not found" are reached too.
 */
class FuzzSystemTest {

    private static final int REQUESTS = Integer.getInteger("kloss.fuzz.requests", 300);
    private static final long SEED = Long.getLong("kloss.fuzz.seed", 20261122L);
    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");
    private static final List<String> USERS = List.of("kth-coordinator", "kth-staff", "kth-manager", "kth-reviewer",
            "kth-finance", "kth-hr", "kth-admin");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"call", "exchange", "followup"})
    void malformedRequestsNeverCauseAServerErrorAndAlwaysGetProblemJson(String service) throws Exception {
        String base = Network.url(Network.nodeOf("kth"), service);
        JsonNode openApi = JSON.readTree(given().accept("application/json").get(base + "/q/openapi?format=json").asString());
        List<String[]> operations = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> paths = openApi.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            path.getValue().fieldNames().forEachRemaining(method -> {
                if (METHODS.contains(method) && !path.getKey().startsWith("/q/")) {
                    operations.add(new String[] {method, path.getKey()});
                }
            });
        }
        assertThat(operations).as("operations in %s's OpenAPI", service).isNotEmpty();

        // jqwik's arbitraries outside a jqwik property: a session, seeded for a repeatable run
        JqwikSession.start(Long.toString(SEED));
        try {
            run(service, base, openApi, operations);
        } finally {
            JqwikSession.finish();
        }
    }

    private static void run(String service, String base, JsonNode openApi, List<String[]> operations) throws Exception {
        Tokens tokens = new Tokens();
        Map<String, Optional<String>> ids = new HashMap<>();
        MalformedRequests generator = new MalformedRequests(openApi, SEED + service.hashCode(),
                collection -> ids.computeIfAbsent(collection, c -> existingId(base, c, tokens)).orElse(null));
        List<String> failures = new ArrayList<>();
        int[] byClass = new int[6];
        Map<Category, int[]> byCategory = new EnumMap<>(Category.class); // requests, 2xx, 4xx, 5xx, 4xx not problem, no answer
        long started = System.nanoTime();
        for (int i = 0; i < REQUESTS; i++) {
            int index = i % operations.size();
            String[] operation = operations.get(index);
            JsonNode spec = openApi.path("paths").path(operation[1]).path(operation[0]);
            List<Category> applicable = List.copyOf(generator.applicable(spec));
            // each pass over the operations moves every operation on to its next category
            Category category = applicable.get((i / operations.size() + index) % applicable.size());
            MalformedRequests.Request request = generator.next(operation[0].toUpperCase(), operation[1], spec, category);
            // The JDK's client sends the bytes as they are: no client-side encoding, logging or prettifying.
            HttpRequest.Builder call = HttpRequest.newBuilder(URI.create(base + request.path()))
                    .timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + tokens.of(USERS.get(i % USERS.size())))
                    .header("Content-Type", request.contentType())
                    .method(request.method(), request.body() == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(request.body()));
            int[] counts = byCategory.computeIfAbsent(category, c -> new int[6]);
            counts[0]++;
            HttpResponse<String> response;
            try {
                response = HTTP.send(call.build(), HttpResponse.BodyHandlers.ofString());
            } catch (java.io.IOException e) {
                // the server dropped the connection without an answer: as bad as a 5xx for the client
                counts[5]++;
                failures.add(describe(request, 0, "no answer: " + e));
                continue;
            }
            int status = response.statusCode();
            byClass[Math.min(status / 100, 5)]++;
            String contentType = response.headers().firstValue("Content-Type").orElse("");
            if (status >= 500) {
                counts[3]++;
                failures.add(describe(request, status, response.body()));
            } else if (status >= 400) {
                counts[2]++;
                if (!contentType.startsWith("application/problem+json")) {
                    counts[4]++;
                    failures.add(describe(request, status, "content type " + contentType + " " + response.body()));
                }
            } else if (status < 300) {
                counts[1]++;
            }
        }
        long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();
        int fiveHundreds = byCategory.values().stream().mapToInt(c -> c[3]).sum();
        int notProblem = byCategory.values().stream().mapToInt(c -> c[4]).sum();
        int noAnswer = byCategory.values().stream().mapToInt(c -> c[5]).sum();
        System.out.printf("fuzz %s: %d requests over %d operations in %d s: 2xx %d, 3xx %d, 4xx %d, 5xx %d;"
                        + " 4xx without problem+json %d; no answer %d%n", service, REQUESTS, operations.size(), seconds,
                byClass[2], byClass[3], byClass[4], byClass[5], notProblem, noAnswer);
        byCategory.forEach((category, c) -> System.out.printf("fuzz %s   %-18s %6d requests: 2xx %5d, 4xx %6d, 5xx %d,"
                + " 4xx without problem+json %d, no answer %d%n", service, category, c[0], c[1], c[2], c[3], c[4], c[5]));
        // the worst first: server errors and dropped connections, then 4xx without problem+json
        failures.stream().sorted(java.util.Comparator.comparing((String f) -> !(f.contains(" → 5") || f.contains(" → 0 "))))
                .limit(30).forEach(f -> System.out.println("fuzz " + service + " failure → " + f));
        assertThat(fiveHundreds).as("5xx answers to malformed requests").isZero();
        assertThat(noAnswer).as("malformed requests the server dropped without an answer").isZero();
        assertThat(failures).as("malformed requests answered with 5xx or without problem+json").isEmpty();
        assertThat(byCategory.keySet()).as("categories exercised").contains(Category.WRONG_TYPE, Category.UNICODE,
                Category.BROKEN_JSON, Category.MISSING_REQUIRED);
    }

    /** An id the collection at {@code path} lists (as any of the users), so a request can name a real object. */
    private static Optional<String> existingId(String base, String path, Tokens tokens) {
        for (String user : USERS) {
            try {
                HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(base + path + "?size=5"))
                        .header("Authorization", "Bearer " + tokens.of(user)).GET().build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 200) {
                    continue;
                }
                JsonNode json = JSON.readTree(response.body());
                JsonNode items = json.isArray() ? json : json.path("items");
                for (JsonNode item : items) {
                    if (item.path("id").isValueNode()) {
                        return Optional.of(item.path("id").asText());
                    }
                }
            } catch (Exception e) {
                // not listable or not JSON: no id from here
            }
        }
        return Optional.empty();
    }

    private static String describe(MalformedRequests.Request r, int status, String detail) {
        String shown = detail.length() > 300 ? detail.substring(0, 300) + "…" : detail;
        return r.describe() + " → " + status + " " + shown;
    }

    /** Password-grant tokens, renewed before they expire: a 10,000-request run outlasts one access token. */
    private static final class Tokens {
        private final Map<String, String> tokens = new HashMap<>();
        private final Map<String, Instant> fetched = new HashMap<>();

        String of(String user) {
            Instant at = fetched.get(user);
            if (at == null || at.isBefore(Instant.now().minus(Duration.ofMinutes(3)))) {
                tokens.put(user, Network.passwordToken(user));
                fetched.put(user, Instant.now());
            }
            return tokens.get(user);
        }
    }
}

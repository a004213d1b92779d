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
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.klossnet.system.Network;

/**
 * Sends malformed requests, generated from each service's own OpenAPI document, to the running services: no answer
 * may be a 5xx, and every 4xx must be problem+json. {@code -Dkloss.fuzz.requests} sets the count per service
 * (a short fixed-seed run by default; {@code ./kloss fuzz} runs 10,000).
 */
class FuzzSystemTest {

    private static final int REQUESTS = Integer.getInteger("kloss.fuzz.requests", 300);
    private static final long SEED = Long.getLong("kloss.fuzz.seed", 20261122L);
    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");
    private static final List<String> USERS = List.of("kth-coordinator", "kth-staff", "kth-manager", "kth-reviewer",
            "kth-finance", "kth-hr", "kth-admin");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @ParameterizedTest
    @ValueSource(strings = {"call", "exchange", "followup"})
    void malformedRequestsNeverCauseAServerErrorAndAlwaysGetProblemJson(String service) throws Exception {
        String base = Network.url(Network.nodeOf("kth"), service);
        JsonNode openApi = new ObjectMapper().readTree(given().accept("application/json").get(base + "/q/openapi?format=json").asString());
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

        List<String> tokens = USERS.stream().map(Network::passwordToken).toList();
        MalformedRequests generator = new MalformedRequests(openApi, SEED + service.hashCode());
        List<String> failures = new ArrayList<>();
        int[] byClass = new int[6];
        for (int i = 0; i < REQUESTS; i++) {
            String[] operation = operations.get(i % operations.size());
            JsonNode spec = openApi.path("paths").path(operation[1]).path(operation[0]);
            MalformedRequests.Request request = generator.next(operation[0].toUpperCase(), operation[1], spec);
            // The JDK's client sends the bytes as they are: no client-side encoding, logging or prettifying.
            HttpRequest.Builder call = HttpRequest.newBuilder(URI.create(base + request.path()))
                    .timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + tokens.get(i % tokens.size()))
                    .header("Content-Type", request.contentType())
                    .method(request.method(), request.body() == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(request.body()));
            HttpResponse<String> response = HTTP.send(call.build(), HttpResponse.BodyHandlers.ofString());
            int status = response.statusCode();
            byClass[Math.min(status / 100, 5)]++;
            String contentType = response.headers().firstValue("Content-Type").orElse("");
            if (status >= 500) {
                failures.add(describe(request, status, response.body()));
            } else if (status >= 400 && !contentType.startsWith("application/problem+json")) {
                failures.add(describe(request, status, "content type " + contentType));
            }
        }
        System.out.printf("fuzz %s: %d requests over %d operations: 2xx %d, 3xx %d, 4xx %d, 5xx %d; %d failures%n",
                service, REQUESTS, operations.size(), byClass[2], byClass[3], byClass[4], byClass[5], failures.size());
        assertThat(failures).as("malformed requests answered with 5xx or without problem+json").isEmpty();
    }

    private static String describe(MalformedRequests.Request r, int status, String detail) {
        String shown = detail.length() > 300 ? detail.substring(0, 300) + "…" : detail;
        return r.kind() + ": " + r.method() + " " + (r.path().length() > 120 ? r.path().substring(0, 120) + "…" : r.path())
                + " → " + status + " " + shown;
    }
}

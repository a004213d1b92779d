package se.klossnet.system.autonomy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import se.klossnet.system.ApplicationBodies;
import se.klossnet.system.Network;

/**
 * The writes the autonomy and chaos tests count: applications submitted to a call of a programme made for the run
 * (the marker), through the node's REST API as its users, and how many of them the node and the national hub know.
 *
 * <p>The national figures filtered to the marker programmes count exactly this run's applications, so a count there
 * can be compared with the set of writes that got a 2xx. Plain {@link HttpClient} with time-outs: a request to a
 * service being killed must end, not hang.
 */
public final class ApplicationWrites {

    /** The programme and open call of one institution that this run's applications go to. */
    public record Marker(String institution, String node, String programmeId, String callId) {
    }

    /** What became of one write. */
    public enum Result { ACCEPTED, IN_DOUBT, REFUSED }

    /**
     * @param result       ACCEPTED: the submit got a 2xx; IN_DOUBT: a draft exists but the submit got no answer or a
     *                     5xx, so it may have committed; REFUSED: no draft, or a 4xx on submit
     * @param applicationId the draft's id when there is one
     * @param detail       the status or error, for the log
     */
    public record Write(Marker marker, Result result, String applicationId, String detail) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Tokens tokens;

    public ApplicationWrites(Tokens tokens) {
        this.tokens = tokens;
    }

    /** A fresh programme and a published, open call at the node serving {@code institution}. */
    public Marker open(String institution, String label) throws IOException, InterruptedException {
        String node = Network.nodeOf(institution);
        String call = Network.url(node, "call");
        String coordinator = tokens.of(institution + "-coordinator");
        String programme = expect(201, send("POST", call + "/programmes", coordinator, """
                {"name": "%s", "direction": "OUTBOUND", "fundingSource": "OWN_FUNDS",
                 "themes": ["teaching"], "budgetSek": 900000000}
                """.formatted(label))).path("id").asText();
        String callId = expect(201, send("POST", call + "/calls", coordinator, """
                {"programmeId": "%s",
                 "title": {"sv": "%s", "en": "%s"},
                 "description": {"sv": "Genererad av ett test.", "en": "Made by a test."},
                 "opensAt": "%s", "closesAt": "%s", "budgetSek": 900000000, "maxGrantSek": 150000,
                 "minExtentPercent": 10, "maxExtentPercent": 50, "minMonths": 1, "maxMonths": 48,
                 "eligibleStaffCategories": ["TEACHER", "RESEARCHER"]}
                """.formatted(programme, label, label, Instant.now().minus(1, ChronoUnit.HOURS),
                Instant.now().plus(30, ChronoUnit.DAYS)))).path("id").asText();
        expect(200, send("POST", call + "/calls/" + callId + "/publish", coordinator, null));
        return new Marker(institution, node, programme, callId);
    }

    /** Drafts and submits one application as the institution's staff user; never throws. */
    public Write submit(Marker marker) {
        String call = Network.url(marker.node(), "call");
        String id;
        try {
            String staff = tokens.of(marker.institution() + "-staff");
            HttpResponse<String> draft = send("POST", call + "/calls/" + marker.callId() + "/applications", staff,
                    APPLICATION);
            if (draft.statusCode() != 201) {
                // A draft whose 201 was lost stays a draft: it never counts, whatever happened.
                return new Write(marker, Result.REFUSED, null, "draft " + draft.statusCode());
            }
            id = JSON.readTree(draft.body()).path("id").asText();
        } catch (Exception e) {
            return new Write(marker, Result.REFUSED, null, "draft " + e);
        }
        try {
            HttpResponse<String> submit = send("POST", call + "/applications/" + id + "/submit",
                    tokens.of(marker.institution() + "-staff"), null);
            int status = submit.statusCode();
            if (status / 100 == 2) {
                return new Write(marker, Result.ACCEPTED, id, Integer.toString(status));
            }
            return new Write(marker, status >= 500 ? Result.IN_DOUBT : Result.REFUSED, id, "submit " + status);
        } catch (Exception e) {
            return new Write(marker, Result.IN_DOUBT, id, "submit " + e);
        }
    }

    /** The ids of the applications the node holds as submitted in the marker's call (its own truth). */
    public Set<String> submittedAtNode(Marker marker) throws IOException, InterruptedException {
        String call = Network.url(marker.node(), "call");
        Set<String> ids = new HashSet<>();
        for (int page = 0; ; page++) {
            JsonNode body = expect(200, send("GET", call + "/applications?status=SUBMITTED&size=100&page=" + page
                    + "&callId=" + marker.callId(), tokens.of(marker.institution() + "-coordinator"), null));
            body.path("items").forEach(item -> ids.add(item.path("id").asText()));
            if ((long) (page + 1) * 100 >= body.path("total").asLong()) {
                return ids;
            }
        }
    }

    /**
     * Applications per institution in the national figures, filtered to the marker programmes (as the analyst, who
     * sees exact counts, never suppressed ones).
     */
    public Map<String, Long> national(Collection<Marker> markers) throws IOException, InterruptedException {
        String programmes = markers.stream().map(Marker::programmeId).collect(Collectors.joining(","));
        JsonNode table = expect(200, send("GET", Network.REPORTING + "/national/figures?groupBy=institution&programme="
                + URLEncoder.encode(programmes, StandardCharsets.UTF_8), tokens.of("analyst"), null));
        Map<String, Long> counts = new HashMap<>();
        markers.forEach(m -> counts.put(m.institution(), 0L));
        for (JsonNode row : table.path("rows")) {
            if (!row.path("applications").isNumber()) {
                throw new IllegalStateException("the hub withheld or lacks the applications figure: " + row);
            }
            counts.put(row.path("institution").asText(), row.path("applications").asLong());
        }
        return counts;
    }

    /** The same, but never throws: empty while the hub does not answer. */
    public Map<String, Long> nationalOrEmpty(Collection<Marker> markers) {
        try {
            return national(markers);
        } catch (Exception e) {
            return Map.of();
        }
    }

    HttpResponse<String> send(String method, String url, String token, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(REQUEST_TIMEOUT)
                .header("Accept", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode expect(int status, HttpResponse<String> response) throws IOException {
        if (response.statusCode() != status) {
            throw new IllegalStateException(response.request().method() + " " + response.request().uri() + " answered "
                    + response.statusCode() + " (expected " + status + "): " + response.body());
        }
        return response.body().isBlank() ? JSON.nullNode() : JSON.readTree(response.body());
    }

    private static final String APPLICATION = ApplicationBodies.of(ApplicationBodies.PURPOSE,
            "Saab gets research methods; the university gets cases.", "Two master's theses at Saab.");
}

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Commit at a node → visible in the national API, for ./kloss bench (run as a single-file program: java
 * CommitToNational.java ...). One sample at a time, so samples never queue behind each other: create a programme at
 * the node's call-service (the response comes after the commit of the programme and its outbox row), then poll the
 * hub's /national/health every 2 ms until the institution's event count has grown by one. The hub must be quiet
 * (no other events arriving), which it checks first. Prints "samples=N p50_ms=.. p99_ms=.. max_ms=..".
 *
 * <p>Arguments: callUrl reportingUrl nodeToken analystToken institution samples warmup
 */
public final class CommitToNational {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String BODY = "{\"name\":\"Latency probe\",\"direction\":\"OUTBOUND\","
            + "\"fundingSource\":\"OWN_FUNDS\",\"themes\":[\"teaching\"],\"budgetSek\":1000}";

    public static void main(String[] args) throws Exception {
        String call = args[0];
        String reporting = args[1];
        String nodeToken = args[2];
        String analystToken = args[3];
        String institution = args[4];
        int samples = Integer.parseInt(args[5]);
        int warmup = Integer.parseInt(args[6]);
        awaitQuiet(reporting, analystToken, institution);
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < warmup + samples; i++) {
            long before = eventsTotal(reporting, analystToken, institution);
            HttpResponse<String> created = HTTP.send(HttpRequest.newBuilder(URI.create(call + "/programmes"))
                    .header("Authorization", "Bearer " + nodeToken).header("Content-Type", "application/json")
                    .timeout(Duration.ofSeconds(10)).POST(HttpRequest.BodyPublishers.ofString(BODY)).build(),
                    HttpResponse.BodyHandlers.ofString());
            long committed = System.nanoTime();
            if (created.statusCode() != 201) {
                throw new IllegalStateException("POST /programmes answered " + created.statusCode() + ": " + created.body());
            }
            long deadline = committed + Duration.ofSeconds(30).toNanos();
            while (eventsTotal(reporting, analystToken, institution) < before + 1) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("the event did not reach the national API within 30 s");
                }
                Thread.sleep(2);
            }
            double ms = (System.nanoTime() - committed) / 1e6;
            if (i >= warmup) {
                millis.add(ms);
            }
        }
        Collections.sort(millis);
        System.out.printf(Locale.ROOT, "samples=%d p50_ms=%.1f p99_ms=%.1f max_ms=%.1f%n", millis.size(),
                percentile(millis, 50), percentile(millis, 99), millis.get(millis.size() - 1));
    }

    /** Waits until the institution's count stays the same for two seconds (earlier load has been ingested). */
    private static void awaitQuiet(String reporting, String token, String institution) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        long last = -1;
        int stable = 0;
        while (stable < 4) {
            long now = eventsTotal(reporting, token, institution);
            stable = now == last ? stable + 1 : 0;
            last = now;
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the hub did not become quiet within 10 minutes");
            }
            Thread.sleep(500);
        }
    }

    private static long eventsTotal(String reporting, String token, String institution) throws Exception {
        HttpResponse<String> health = HTTP.send(HttpRequest.newBuilder(URI.create(reporting + "/national/health"))
                .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(10)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (health.statusCode() != 200) {
            throw new IllegalStateException("GET /national/health answered " + health.statusCode() + ": " + health.body());
        }
        // One row per institution; the institution's row has its ingested event count.
        for (String row : health.body().split("\\{")) {
            if (row.contains("\"institution\":\"" + institution + "\"")) {
                Matcher m = Pattern.compile("\"eventsTotal\":(\\d+)").matcher(row);
                if (m.find()) {
                    return Long.parseLong(m.group(1));
                }
            }
        }
        return 0;
    }

    private static double percentile(List<Double> sorted, double p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }
}

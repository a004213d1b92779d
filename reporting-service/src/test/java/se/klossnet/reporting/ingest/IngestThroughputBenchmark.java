package se.klossnet.reporting.ingest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.restassured.path.json.JsonPath;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import se.klossnet.reporting.testing.EventFeed;
import se.klossnet.reporting.testing.ExpectedFigures;
import se.klossnet.reporting.testing.Hub;
import se.klossnet.reporting.testing.MobilityStreamGenerator;
import se.klossnet.testing.RealInfrastructure;
import se.klossnet.testing.TestTokens;

/**
 * Measures ingest throughput: a generated stream of about {@code kloss.bench.events} events (default 20 000) from
 * ten institutions is produced into the broker while the service runs, and the clock stops when the hub has
 * ingested every event (its network health counts them). Then a rebuild replays every topic and the time to the
 * swap is measured too. Not part of the normal run (tag {@code benchmark}):
 * <pre>
 * ./mvnw -B -ntp verify -pl reporting-service -Dgroups=benchmark -Dkloss.test.excludedGroups=none \
 *     -Dtest=IngestThroughputBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dkloss.bench.events=1000000
 * </pre>
 * With {@code -Dkloss.bench.kafka-tools=<dir of Kafka's tool jars>} and {@code -Dkloss.bench.pgbench=<pgbench>}
 * (bench/bench.sh passes both) it also measures the baselines of the same run on the same broker and database:
 * Kafka's ConsumerPerformance reading the same topics, and pgbench running bench/pgbench/ingest-upsert.sql.
 * The figures are printed and written to {@code target/ingest-benchmark.txt} and {@code .properties}. The test fails only when the hub
 * does not ingest the stream completely and correctly within the time limit ({@code kloss.bench.minutes}, 60).
 */
@QuarkusTest
@QuarkusTestResource(RealInfrastructure.class)
@TestProfile(IngestThroughputBenchmark.FullSpeed.class)
@Tag("benchmark")
class IngestThroughputBenchmark {

    /** Rebuild at full speed: no small, slowed batches as in the functional tests. */
    public static class FullSpeed implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("kloss.reporting.rebuild.batch-size", "2000",
                    "kloss.reporting.rebuild.pause-between-batches", "PT0S",
                    "quarkus.log.category.\"se.klossnet.platform.messaging\".level", "WARN");
        }
    }

    private static final int INSTITUTIONS = 10;
    private static final int APPLICATIONS_PER_PROGRAMME = 20;
    /** Events one programme cycle gives on average with 20 applications (measured on the generator). */
    private static final double EVENTS_PER_PROGRAMME = 127;

    @Test
    void ingestThroughput() throws IOException {
        long target = Long.getLong("kloss.bench.events", 20_000);
        Duration limit = Duration.ofMinutes(Long.getLong("kloss.bench.minutes", 60));
        List<String> institutions = IntStream.rangeClosed(1, INSTITUTIONS)
                .mapToObj(i -> String.format(Locale.ROOT, "bench%02d", i)).toList();
        int programmesPerYear = (int) Math.max(1, Math.ceil(target / (EVENTS_PER_PROGRAMME * INSTITUTIONS * 2)));
        MobilityStreamGenerator generator = MobilityStreamGenerator.builder().seed(target)
                .institutions(institutions.toArray(String[]::new)).years(2024, 2025)
                .programmesPerYear(programmesPerYear).applicationsPerProgramme(APPLICATIONS_PER_PROGRAMME)
                .withAnomalies(false).build();

        long before = ingestedSoFar(institutions);
        Instant start = Instant.now();
        ExpectedFigures expected;
        try (EventFeed feed = new EventFeed(RealInfrastructure.kafka().bootstrapServers())) {
            expected = generator.generate(feed);
        }
        Duration produced = Duration.between(start, Instant.now());
        long events = expected.totalDistinctEvents();
        Instant deadline = start.plus(limit);
        long ingested;
        while ((ingested = ingestedSoFar(institutions) - before) < events) {
            assertThat(Instant.now()).as("ingested " + ingested + " of " + events).isBefore(deadline);
            sleep(Duration.ofMillis(events > 100_000 ? 5_000 : 500));
        }
        Duration ingest = Duration.between(start, Instant.now());
        assertThat(ingested).isEqualTo(events);
        Map<String, Object> totals = Hub.totals(Map.of("institution", String.join(",", institutions)));
        Hub.assertFigures(totals, expected.keyFigures(d -> true), "benchmark stream");

        Baselines baselines = Baselines.measure(institutions, expected.records());

        // A fresh token for each call: at a million events the run outlives any one token.
        Instant rebuildStart = Instant.now();
        int version = given().auth().oauth2(analyst()).post("/national/projections/rebuild").then().statusCode(202)
                .extract().path("version");
        String state;
        while ((state = projection(version).getString("state")).equals("BUILDING")) {
            assertThat(Instant.now()).isBefore(rebuildStart.plus(limit));
            sleep(Duration.ofMillis(500));
        }
        Duration rebuild = Duration.between(rebuildStart, Instant.now());
        assertThat(state).isEqualTo("LIVE");
        long replayed = projection(version).getLong("replayed");
        Hub.assertFigures(Hub.totals(Map.of("institution", String.join(",", institutions))),
                expected.keyFigures(d -> true), "after the rebuild");

        String report = String.format(Locale.ROOT, """
                ingest benchmark (%s)
                  events:            %d distinct, %d records, %d institutions
                  producing:         %.1f s (%.0f records/s)
                  live ingest:       %.1f s from the first send to the last event in the projection = %.0f events/s
                  rebuild (replay):  %d records of all topics in %.1f s = %.0f records/s
                %s""", Instant.now(), events, expected.records(), INSTITUTIONS, seconds(produced),
                expected.records() / seconds(produced), seconds(ingest), events / seconds(ingest), replayed,
                seconds(rebuild), replayed / seconds(rebuild), baselines.describe());
        System.out.println(report);
        Files.writeString(Path.of("target", "ingest-benchmark.txt"), report);
        // For bench/bench.sh, which puts the figures into its table.
        Files.writeString(Path.of("target", "ingest-benchmark.properties"), String.format(Locale.ROOT, """
                events=%d
                records=%d
                ingest_seconds=%.1f
                ingest_events_per_s=%.0f
                rebuild_records=%d
                rebuild_seconds=%.1f
                rebuild_records_per_s=%.0f
                %s""", events, expected.records(), seconds(ingest), events / seconds(ingest), replayed,
                seconds(rebuild), replayed / seconds(rebuild), baselines.properties()));
    }

    private static String analyst() {
        return TestTokens.of("analyst", "national", "analyst");
    }

    /** A projection version as the analyst sees it; anything but 200 fails with the status and body. */
    private static JsonPath projection(int version) {
        var response = given().auth().oauth2(analyst()).get("/national/projections/" + version);
        assertThat(response.statusCode()).as("GET /national/projections/%d: %s", version, response.asString())
                .isEqualTo(200);
        return response.jsonPath();
    }

    /** Events the hub has in its live projection for these institutions. */
    private static long ingestedSoFar(List<String> institutions) {
        List<Map<String, Object>> rows = Hub.json("/national/health", Map.of(), analyst()).getList("rows");
        return rows.stream().filter(r -> institutions.contains(r.get("institution")))
                .mapToLong(r -> ((Number) r.get("eventsTotal")).longValue()).sum();
    }

    private static double seconds(Duration d) {
        return d.toMillis() / 1000.0;
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

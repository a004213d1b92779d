package se.klossnet.reporting.projection;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
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
 * Measures a projection rebuild of {@code kloss.bench.rebuild-events} events (default 20 000; {@code ./kloss bench}
 * runs 10 000 000): the generated stream of ten institutions is put on the topics first, with the hub's live
 * consumer switched off, so the rebuild alone reads them; then {@code POST /national/projections/rebuild} and the
 * clock runs until the new version is live. The rebuilt figures must equal the generator's. Not part of the normal
 * run (tag {@code benchmark}); run it in a JVM of its own (its stream stays on the broker):
 * <pre>
 * ./mvnw -B -ntp verify -pl reporting-service -Dgroups=benchmark -Dkloss.test.excludedGroups=none \
 *     -Dtest=RebuildBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dkloss.bench.rebuild-events=1000000 \
 *     -Dkloss.test.argLine=-Xmx3g
 * </pre>
 * (The generator keeps every fact of the stream to compute the expected figures: about 2.5 GB of heap for 10 M.)
 * It writes {@code target/rebuild-benchmark.txt} and {@code .properties}. It fails only when the rebuild does not
 * complete correctly within {@code kloss.bench.minutes} (60).
 */
@QuarkusTest
@QuarkusTestResource(RealInfrastructure.class)
@TestProfile(RebuildBenchmark.RebuildOnly.class)
@Tag("benchmark")
class RebuildBenchmark {

    /** No live consumer (the rebuild is measured alone) and the rebuild at full speed. */
    public static class RebuildOnly implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("kloss.subscriptions.enabled", "false",
                    "kloss.reporting.rebuild.batch-size", System.getProperty("kloss.bench.rebuild-batch", "2000"),
                    "kloss.reporting.rebuild.pause-between-batches", "PT0S");
        }
    }

    private static final int INSTITUTIONS = 10;
    private static final int APPLICATIONS_PER_PROGRAMME = 20;
    private static final double EVENTS_PER_PROGRAMME = 127;

    @Test
    void rebuildThroughput() throws IOException {
        long target = Long.getLong("kloss.bench.rebuild-events", 20_000);
        Duration limit = Duration.ofMinutes(Long.getLong("kloss.bench.minutes", 60));
        List<String> institutions = IntStream.rangeClosed(1, INSTITUTIONS)
                .mapToObj(i -> String.format(Locale.ROOT, "rebuild%02d", i)).toList();
        int programmesPerYear = (int) Math.max(1, Math.ceil(target / (EVENTS_PER_PROGRAMME * INSTITUTIONS * 2)));
        MobilityStreamGenerator generator = MobilityStreamGenerator.builder().seed(target + 1)
                .institutions(institutions.toArray(String[]::new)).years(2024, 2025)
                .programmesPerYear(programmesPerYear).applicationsPerProgramme(APPLICATIONS_PER_PROGRAMME)
                .withAnomalies(false).build();

        Instant start = Instant.now();
        ExpectedFigures expected;
        try (EventFeed feed = new EventFeed(RealInfrastructure.kafka().bootstrapServers())) {
            expected = generator.generate(feed);
        }
        Duration produced = Duration.between(start, Instant.now());

        Instant rebuildStart = Instant.now();
        int version = given().auth().oauth2(analyst()).post("/national/projections/rebuild").then().statusCode(202)
                .extract().path("version");
        String state;
        while ((state = projection(version).getString("state")).equals("BUILDING")) {
            assertThat(Instant.now()).isBefore(rebuildStart.plus(limit));
            sleep(Duration.ofMillis(expected.records() > 1_000_000 ? 2_000 : 200));
        }
        Duration rebuild = Duration.between(rebuildStart, Instant.now());
        assertThat(state).as(projection(version).prettify()).isEqualTo("LIVE");
        long replayed = projection(version).getLong("replayed");
        assertThat(replayed).as("records replayed (the stream, and whatever else is on the topics)")
                .isGreaterThanOrEqualTo(expected.records());
        Hub.assertFigures(Hub.totals(Map.of("institution", String.join(",", institutions))),
                expected.keyFigures(d -> true), "after the rebuild");

        String report = String.format(Locale.ROOT, """
                rebuild benchmark (%s)
                  events:            %d distinct, %d records, %d institutions
                  producing:         %.1f s (%.0f records/s), live consumer off
                  rebuild (replay):  %d records in %.1f s = %.0f records/s, from the request to the swap
                """, Instant.now(), expected.totalDistinctEvents(), expected.records(), INSTITUTIONS,
                seconds(produced), expected.records() / seconds(produced), replayed, seconds(rebuild),
                replayed / seconds(rebuild));
        System.out.println(report);
        Files.writeString(Path.of("target", "rebuild-benchmark.txt"), report);
        Files.writeString(Path.of("target", "rebuild-benchmark.properties"), String.format(Locale.ROOT, """
                events=%d
                records=%d
                produce_seconds=%.1f
                rebuild_records=%d
                rebuild_seconds=%.1f
                rebuild_records_per_s=%.0f
                """, expected.totalDistinctEvents(), expected.records(), seconds(produced), replayed,
                seconds(rebuild), replayed / seconds(rebuild)));
    }

    private static String analyst() {
        return TestTokens.of("analyst", "national", "analyst");
    }

    private static JsonPath projection(int version) {
        var response = given().auth().oauth2(analyst()).get("/national/projections/" + version);
        assertThat(response.statusCode()).as("GET /national/projections/%d: %s", version, response.asString())
                .isEqualTo(200);
        return response.jsonPath();
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

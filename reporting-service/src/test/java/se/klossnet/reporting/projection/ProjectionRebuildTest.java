package se.klossnet.reporting.projection;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static se.klossnet.reporting.testing.Hub.ANALYST;
import static se.klossnet.reporting.testing.Hub.assertFigures;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import se.klossnet.reporting.testing.EventFeed;
import se.klossnet.reporting.testing.ExpectedFigures;
import se.klossnet.reporting.testing.Hub;
import se.klossnet.reporting.testing.MobilityStreamGenerator;
import se.klossnet.reporting.sql.Jdbc;
import se.klossnet.testing.RealInfrastructure;
import se.klossnet.testing.TestTokens;

/**
 * A rebuild replays every topic into a new projection version and swaps it in: the figures are the same afterwards,
 * the API answers from the old version all the while, and events that arrive during the rebuild are not lost. The
 * version is loaded into unlogged partitions of its own, logged and indexed at the swap, and dropped when purged.
 */
@QuarkusTest
@QuarkusTestResource(RealInfrastructure.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class) // the crash case leaves a failed version; the others count on none
class ProjectionRebuildTest {

    private static final Map<String, Object> OURS = Map.of("institution", "uu,kau", "groupBy", "institution,year");

    @Inject
    RetiredProjections retired;

    @Inject
    ProjectionVersions versions;

    @Inject
    VersionPartitions partitions;

    @Inject
    Jdbc jdbc;

    @Test
    @Order(1)
    void aRebuildGivesTheSameFiguresAndTheApiAnswersThroughout() {
        MobilityStreamGenerator generator = MobilityStreamGenerator.builder().seed(11).institutions("uu", "kau")
                .years(2024, 2025).programmesPerYear(2).applicationsPerProgramme(6).build();
        EventFeed.produce(RealInfrastructure.kafka().bootstrapServers(), generator.records());
        ExpectedFigures expected = generator.expected();
        Hub.awaitIngested(expected, "uu", "kau");
        List<Map<String, Object>> before = Hub.rows("/national/figures", OURS);
        assertThat(before).hasSize(4);
        for (Map<String, Object> row : before) {
            assertFigures(row, expected.keyFigures(d -> d.institution().equals(row.get("institution"))
                    && d.year() == ((Number) row.get("year")).intValue()), "before " + row.get("institution"));
        }
        int liveBefore = Hub.json("/national/figures", Map.of(), ANALYST).getInt("projectionVersion");

        JsonPath started = given().auth().oauth2(ANALYST).post("/national/projections/rebuild").then().statusCode(202)
                .header("Location", org.hamcrest.Matchers.endsWith("/national/projections/" + (liveBefore + 1)))
                .body("state", equalTo("BUILDING")).extract().jsonPath();
        int version = started.getInt("version");
        given().auth().oauth2(TestTokens.of("hub-admin", "national", "admin")).post("/national/projections/rebuild")
                .then().statusCode(409).contentType("application/problem+json");

        // Events of a new year arrive while the rebuild runs: the live consumer writes them to the new version too.
        MobilityStreamGenerator during = MobilityStreamGenerator.builder().seed(12).institutions("kau").years(2026)
                .programmesPerYear(1).applicationsPerProgramme(4).withAnomalies(false).build();
        EventFeed.produce(RealInfrastructure.kafka().bootstrapServers(), during.records());

        int answeredWhileBuilding = 0;
        boolean seenLoading = false;
        Instant deadline = Instant.now().plus(Duration.ofSeconds(150));
        while (state(version).equals("BUILDING")) {
            assertThat(Instant.now()).as("the rebuild finishes in time").isBefore(deadline);
            JsonPath figures = Hub.json("/national/figures", OURS, ANALYST);
            boolean stillBuilding = state(version).equals("BUILDING");
            List<Map<String, Object>> years2024and2025 = figures.<Map<String, Object>>getList("rows").stream()
                    .filter(r -> ((Number) r.get("year")).intValue() < 2026).toList();
            assertThat(years2024and2025).isEqualTo(before);
            if (stillBuilding) {
                assertThat(figures.getInt("projectionVersion")).isEqualTo(liveBefore);
                answeredWhileBuilding++;
            }
            if (!seenLoading) {
                List<String> unlogged = VersionPartitions.TABLES.stream()
                        .filter(t -> partitions.isUnlogged(VersionPartitions.partition(t, version))).toList();
                boolean noIndexYet = !exists(VersionPartitions.eventIndex(version));
                if (state(version).equals("BUILDING")) { // the swap did not come in between
                    assertThat(unlogged).as("partitions unlogged while loading").isEqualTo(VersionPartitions.TABLES);
                    assertThat(noIndexYet).as("rp_event's index by institution is built at the swap").isTrue();
                    seenLoading = true;
                }
            }
        }
        assertThat(seenLoading).as("the loading partitions were seen").isTrue();
        assertThat(answeredWhileBuilding).as("answers served during the rebuild").isPositive();
        JsonPath done = given().auth().oauth2(ANALYST).get("/national/projections/" + version).then().statusCode(200)
                .extract().jsonPath();
        assertThat(done.getString("state")).isEqualTo("LIVE");
        assertThat(done.getLong("replayed")).isGreaterThanOrEqualTo(done.getLong("target"));
        assertThat(done.getLong("skipped")).as("the dead-lettered records are skipped again").isGreaterThanOrEqualTo(2);

        JsonPath after = Hub.json("/national/figures", OURS, ANALYST);
        assertThat(after.getInt("projectionVersion")).isEqualTo(version);
        List<Map<String, Object>> rows = after.getList("rows");
        assertThat(rows.stream().filter(r -> ((Number) r.get("year")).intValue() < 2026).toList()).isEqualTo(before);
        Map<String, Object> kau2026 = rows.stream().filter(r -> ((Number) r.get("year")).intValue() == 2026)
                .findFirst().orElseThrow();
        assertFigures(kau2026, during.expected().keyFigures(d -> true), "kau 2026, arrived during the rebuild");
        // Exactly once: every event in the new version's seen-rows, whether the replay or the live consumer got it.
        assertThat(eventRows(version, "uu")).isEqualTo(expected.distinctEvents("uu"));
        assertThat(eventRows(version, "kau"))
                .isEqualTo(expected.distinctEvents("kau") + during.expected().distinctEvents("kau"));
        for (String table : VersionPartitions.TABLES) {
            assertThat(exists(VersionPartitions.partition(table, version))).as(table).isTrue();
            assertThat(partitions.isUnlogged(VersionPartitions.partition(table, version))).as(table + " logged")
                    .isFalse();
        }
        assertThat(exists(VersionPartitions.eventIndex(version))).as("the live version's index by institution")
                .isTrue();
        for (String table : VersionPartitions.UPDATED_IN_PLACE) {
            String options = jdbc.single("SELECT array_to_string(reloptions, ',') FROM pg_class"
                    + " WHERE oid = to_regclass(?)", List.of(VersionPartitions.partition(table, version)),
                    r -> r.getString(1));
            assertThat(options).as("room on each page for HOT updates of " + table).isEqualTo("fillfactor=50");
        }
        long markers = jdbc.single("SELECT count(*) FROM projection_build_marker", List.of(), r -> r.getLong(1));
        assertThat(markers).as("build markers left").isZero();

        // The replaced version stays through its grace period and is purged after it.
        given().auth().oauth2(ANALYST).get("/national/projections").then().statusCode(200)
                .body("items.find { it.version == " + liveBefore + " }.state", equalTo("RETIRED"));
        assertThat(retired.purge(Instant.now())).doesNotContain(liveBefore);
        assertThat(retired.purge(Instant.now().plus(Duration.ofHours(1)))).contains(liveBefore);
        given().auth().oauth2(ANALYST).get("/national/projections/" + liveBefore).then().statusCode(200)
                .body("purgedAt", org.hamcrest.Matchers.notNullValue());
        for (String table : VersionPartitions.TABLES) {
            assertThat(exists(VersionPartitions.partition(table, liveBefore))).as(table + " of the purged version")
                    .isFalse();
        }
    }

    /**
     * A crash of PostgreSQL empties every unlogged table; a version loading then would go live with rows missing.
     * Here the build marker is emptied as crash recovery would, and finishing the version is refused.
     */
    @Test
    @Order(2)
    void aVersionWhoseUnloggedPartitionsWereEmptiedByACrashIsNotSwappedIn() {
        int live = versions.live();
        int version = versions.startBuilding().version();
        try {
            jdbc.update("TRUNCATE projection_build_marker");
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> partitions.finishLoading(version))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("crash");
        } finally {
            versions.fail(version, "test: crash while loading", Instant.now());
        }
        assertThat(versions.live()).isEqualTo(live);
        assertThat(versions.get(version).state()).isEqualTo(ProjectionState.FAILED);
        // A failed version's partitions go with the purge like a replaced one's.
        assertThat(retired.purge(Instant.now().plus(Duration.ofHours(1)))).contains(version);
        assertThat(exists(VersionPartitions.partition("rp_event", version))).isFalse();
    }

    @Test
    @Order(3)
    void onlyTheHubsAnalystsAndAdminsRebuild() {
        given().auth().oauth2(TestTokens.of("kth-staff", "kth", "staff")).post("/national/projections/rebuild").then()
                .statusCode(403);
        // An institution's admin operates its node, not the national hub.
        given().auth().oauth2(TestTokens.of("kth-admin", "kth", "admin")).post("/national/projections/rebuild").then()
                .statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.of("kth-admin", "kth", "admin")).get("/national/projections").then()
                .statusCode(403);
        given().auth().oauth2(TestTokens.of("kth-admin", "kth", "admin")).get("/national/projections/not-a-version")
                .then().statusCode(403);
        given().auth().oauth2(ANALYST).get("/national/projections/not-a-version").then().statusCode(404)
                .contentType("application/problem+json");
        given().post("/national/projections/rebuild").then().statusCode(401);
        given().auth().oauth2(ANALYST).get("/national/projections/9999").then().statusCode(404);
    }

    private boolean exists(String relation) {
        return jdbc.single("SELECT to_regclass(?) IS NOT NULL", List.of(relation), r -> r.getBoolean(1));
    }

    private long eventRows(int version, String institution) {
        return jdbc.single("SELECT count(*) FROM rp_event WHERE pv = ? AND institution = ?",
                List.of(version, institution), r -> r.getLong(1));
    }

    private static String state(int version) {
        return given().auth().oauth2(ANALYST).get("/national/projections/" + version).then().statusCode(200).extract()
                .path("state");
    }
}

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
import org.junit.jupiter.api.Test;
import se.klossnet.reporting.testing.EventFeed;
import se.klossnet.reporting.testing.ExpectedFigures;
import se.klossnet.reporting.testing.Hub;
import se.klossnet.reporting.testing.MobilityStreamGenerator;
import se.klossnet.testing.RealInfrastructure;
import se.klossnet.testing.TestTokens;

/**
 * A rebuild replays every topic into a new projection version and swaps it in: the figures are the same afterwards,
 * the API answers from the old version all the while, and events that arrive during the rebuild are not lost.
 */
@QuarkusTest
@QuarkusTestResource(RealInfrastructure.class)
class ProjectionRebuildTest {

    private static final Map<String, Object> OURS = Map.of("institution", "uu,kau", "groupBy", "institution,year");

    @Inject
    RetiredProjections retired;

    @Test
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
        }
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

        // The replaced version stays through its grace period and is purged after it.
        given().auth().oauth2(ANALYST).get("/national/projections").then().statusCode(200)
                .body("items.find { it.version == " + liveBefore + " }.state", equalTo("RETIRED"));
        assertThat(retired.purge(Instant.now())).doesNotContain(liveBefore);
        assertThat(retired.purge(Instant.now().plus(Duration.ofHours(1)))).contains(liveBefore);
        given().auth().oauth2(ANALYST).get("/national/projections/" + liveBefore).then().statusCode(200)
                .body("purgedAt", org.hamcrest.Matchers.notNullValue());
    }

    @Test
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

    private static String state(int version) {
        return given().auth().oauth2(ANALYST).get("/national/projections/" + version).then().statusCode(200).extract()
                .path("state");
    }
}

package se.klossnet.reporting.health;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.klossnet.reporting.testing.EventFeed;
import se.klossnet.reporting.testing.ExpectedFigures;
import se.klossnet.reporting.testing.Hub;
import se.klossnet.reporting.testing.MobilityStreamGenerator;
import se.klossnet.testing.RealInfrastructure;
import se.klossnet.testing.TestTokens;

/**
 * The health view shows, per institution, when its events stopped: umu's last event is five days old (stale),
 * ltu's an hour (active), fhs never sent one (silent). zzq is no member, and its topics appear while the service
 * runs: the pattern subscription picks them up without a restart.
 */
@QuarkusTest
@QuarkusTestResource(RealInfrastructure.class)
class NetworkHealthTest {

    @Test
    void anInstitutionWhoseEventsStoppedIsStale() {
        Instant now = Instant.now();
        ExpectedFigures umu = feed("umu", 21, now.minus(Duration.ofDays(5)));
        ExpectedFigures ltu = feed("ltu", 22, now.minus(Duration.ofHours(1)));
        ExpectedFigures zzq = feed("zzq", 23, now.minus(Duration.ofMinutes(1)));
        Hub.awaitIngested(umu, "umu");
        Hub.awaitIngested(ltu, "ltu");
        Hub.awaitIngested(zzq, "zzq");

        Map<String, Object> stale = Hub.health("umu").orElseThrow();
        assertThat(stale.get("status")).isEqualTo("STALE");
        assertThat(stale.get("eventsLast24h")).isEqualTo(0);
        assertThat(Instant.parse((String) stale.get("lastEventAt"))).isBefore(now.minus(Duration.ofDays(4)));
        assertThat(stale.get("institutionName")).isEqualTo("Umeå universitet");
        assertThat(stale.get("region")).isEqualTo("24");

        Map<String, Object> active = Hub.health("ltu").orElseThrow();
        assertThat(active.get("status")).isEqualTo("ACTIVE");
        assertThat(((Number) active.get("eventsLast24h")).longValue()).isEqualTo(ltu.distinctEvents("ltu"));

        Map<String, Object> newcomer = Hub.health("zzq").orElseThrow();
        assertThat(newcomer.get("status")).isEqualTo("ACTIVE");
        assertThat(newcomer.get("institutionName")).isNull();

        assertThat(Hub.health("fhs").orElseThrow().get("status")).isEqualTo("SILENT");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Map<String, Object> row = Hub.health("umu").orElseThrow();
            assertThat(row.get("callLag")).isEqualTo(0);
            assertThat(row.get("exchangeLag")).isEqualTo(0);
            assertThat(row.get("followupLag")).isEqualTo(0);
        });
        // Stale institutions come first, for the operator's eye.
        assertThat(Hub.json("/national/health", Map.of(), Hub.ANALYST).getString("rows[0].status")).isEqualTo("STALE");
    }

    @Test
    void theHealthViewIsForAnalystsAndAdmins() {
        given().auth().oauth2(TestTokens.of("hub-admin", "national", "admin")).get("/national/health").then()
                .statusCode(200);
        given().auth().oauth2(TestTokens.of("kth-coordinator", "kth", "coordinator")).get("/national/health").then()
                .statusCode(403);
        given().get("/national/health").then().statusCode(401);
    }

    private static ExpectedFigures feed(String institution, long seed, Instant at) {
        MobilityStreamGenerator generator = MobilityStreamGenerator.builder().seed(seed).institutions(institution)
                .years(2025).programmesPerYear(1).applicationsPerProgramme(3).withAnomalies(false).allEventsAt(at)
                .build();
        EventFeed.produce(RealInfrastructure.kafka().bootstrapServers(), generator.records());
        return generator.expected();
    }
}

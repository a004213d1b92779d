package se.klossnet.exchange.hr;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.klossnet.events.Direction;
import se.klossnet.exchange.support.Api;
import se.klossnet.exchange.support.HrReceiver;
import se.klossnet.exchange.support.ExchangeTestInfrastructure;
import se.klossnet.testing.RealInfrastructure;
import se.klossnet.testing.TestTokens;

/**
 * HR notices reach a real HTTP receiver ({@link HrReceiver}) that checks the signature and can fail on purpose.
 * Retries run on the test schedule (every second, 200 ms doubling to 1 s, 4 attempts).
 */
@QuarkusTest
@QuarkusTestResource(ExchangeTestInfrastructure.class)
class HrWebhookTest {

    private static String plannedWithTerms(String account) {
        String id = Api.plannedExchange("kth", Api.grant(Direction.OUTBOUND, LocalDate.of(2032, 1, 1),
                LocalDate.of(2032, 6, 30), 20, "100000", Api.ERICSSON, List.of()));
        Api.draftTerms("kth", id, account);
        return id;
    }

    private static JsonPath notices(String id) {
        return given().auth().oauth2(Api.hr("kth")).queryParam("exchangeId", id).get("/hr/notices").then()
                .statusCode(200).extract().jsonPath();
    }

    @Test
    void aFailingReceiverIsRetriedUntilItGetsTheNoticeExactlyOnceWithAValidSignature() {
        String id = plannedWithTerms("kth-hr-ulla");
        HrReceiver.failFirst(id, 2);
        Api.signByAll("kth", id, Api.staff("kth-hr-ulla", "kth"));

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> HrReceiver.appliedAbout(id).size() == 1);
        List<HrReceiver.Call> calls = HrReceiver.callsAbout(id);
        assertThat(calls).extracting(HrReceiver.Call::answered).containsExactly(503, 503, 204);
        assertThat(calls).allMatch(HrReceiver.Call::signatureValid).allMatch(HrReceiver.Call::fresh);
        assertThat(calls).extracting(HrReceiver.Call::idempotencyKey).containsOnly(calls.get(0).idempotencyKey());
        assertThat(calls).extracting(HrReceiver.Call::body).containsOnly(calls.get(0).body()); // the same signed bytes
        assertThat(HrReceiver.appliedAbout(id)).containsValue("SECONDMENT_AGREED");
        assertThat(calls.get(0).body()).contains("\"kind\":\"SECONDMENT_AGREED\"", "\"account\":\"kth-hr-ulla\"",
                "\"start\":\"2032-01-01\"", "\"extentPercent\":20", "\"organisationNumber\":\"5560160680\"");

        JsonPath notice = notices(id);
        assertThat(notice.getString("items[0].status")).isEqualTo("DELIVERED");
        assertThat(notice.getInt("items[0].attempts")).isEqualTo(3);
        assertThat(notice.getString("items[0].id")).isEqualTo(calls.get(0).idempotencyKey());

        // Nothing more is sent once it is delivered.
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5))
                .until(() -> HrReceiver.callsAbout(id).size() == 3);

        // HR confirms through the callback.
        given().auth().oauth2(Api.hr("kth")).post("/hr/notices/" + calls.get(0).idempotencyKey() + "/confirmation")
                .then().statusCode(200).body("status", equalTo("CONFIRMED")).body("confirmedBy", equalTo("kth-hr"));
    }

    @Test
    void aNoticeThatKeepsFailingIsDeadVisibleAndCanBeRetriedByHand() {
        String id = plannedWithTerms("kth-hr-vera");
        HrReceiver.failAlways(id);
        Api.signByAll("kth", id, Api.staff("kth-hr-vera", "kth"));

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300))
                .until(() -> "DEAD".equals(notices(id).getString("items[0].status")));
        JsonPath dead = given().auth().oauth2(TestTokens.of("kth-admin", "kth", "admin")).queryParam("status", "DEAD").queryParam("size", 100)
                .get("/hr/notices").then().statusCode(200).extract().jsonPath();
        assertThat(dead.getList("items.exchangeId")).contains(id);
        String noticeId = notices(id).getString("items[0].id");
        assertThat(notices(id).getInt("items[0].attempts")).isEqualTo(4);
        assertThat(notices(id).getString("items[0].lastError")).contains("503");
        assertThat(HrReceiver.callsAbout(id)).hasSize(4);

        HrReceiver.recover(id);
        given().auth().oauth2(Api.hr("kth")).post("/hr/notices/" + noticeId + "/retry").then().statusCode(200)
                .body("status", equalTo("PENDING")).body("attempts", equalTo(0));
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200))
                .until(() -> "DELIVERED".equals(notices(id).getString("items[0].status")));
        assertThat(HrReceiver.appliedAbout(id)).hasSize(1);
        given().auth().oauth2(Api.hr("kth")).post("/hr/notices/" + noticeId + "/retry").then().statusCode(409);
    }

    @Test
    void theLifecycleSendsOneNoticePerChangeAndAnotherInstitutionSeesNone() {
        String id = plannedWithTerms("kth-hr-wilma");
        Api.signByAll("kth", id, Api.staff("kth-hr-wilma", "kth"));
        Api.command("kth", id, "start", Map.of());
        Api.command("kth", id, "cancel", Map.of("reason", "PARTICIPANT_WITHDREW"));
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> HrReceiver.appliedAbout(id).size() == 3);
        assertThat(HrReceiver.appliedAbout(id).values()).containsExactlyInAnyOrder("SECONDMENT_AGREED",
                "SECONDMENT_STARTED", "SECONDMENT_CANCELLED");
        assertThat(HrReceiver.callsAbout(id)).allMatch(c -> c.institution().equals("kth"));

        String noticeId = notices(id).getString("items[0].id");
        given().auth().oauth2(Api.hr("mau")).get("/hr/notices/" + noticeId).then().statusCode(404);
        given().auth().oauth2(Api.hr("mau")).post("/hr/notices/" + noticeId + "/confirmation").then().statusCode(404);
        given().auth().oauth2(Api.hr("mau")).queryParam("exchangeId", id).get("/hr/notices").then()
                .body("total", equalTo(0));
        given().auth().oauth2(Api.coordinator("kth")).get("/hr/notices").then().statusCode(403);
        given().auth().oauth2(Api.hr("kth")).queryParam("status", "LOST").get("/hr/notices").then().statusCode(400);
    }

    @Test
    void aSignatureOverADifferentBodyOrTimestampDoesNotVerify() {
        String body = "{\"kind\":\"SECONDMENT_STARTED\"}";
        String signature = WebhookSignature.sign("secret", 1_700_000_000L, body);
        assertThat(signature).startsWith("sha256=").hasSize(7 + 64);
        assertThat(WebhookSignature.verify("secret", 1_700_000_000L, body, signature)).isTrue();
        assertThat(WebhookSignature.verify("secret", 1_700_000_001L, body, signature)).isFalse();
        assertThat(WebhookSignature.verify("secret", 1_700_000_000L, body + " ", signature)).isFalse();
        assertThat(WebhookSignature.verify("other", 1_700_000_000L, body, signature)).isFalse();
    }
}

package se.klossnet.system;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

/**
 * The event chain across services at one node, through their REST APIs and real Kafka with the node's own
 * credentials: a grant at the call-service becomes a planned exchange at the exchange-service, which the
 * followup-service then follows. Another institution sees none of it.
 */
class GrantToFollowUpSystemTest {

    private final String kth = Network.nodeOf("kth");
    private final String coordinator = Network.passwordToken("kth-coordinator");
    private final String staff = Network.passwordToken("kth-staff");
    private final String manager = Network.passwordToken("kth-manager");

    @Test
    void aGrantBecomesAPlannedExchangeThatIsFollowedUp() {
        String call = Network.url(kth, "call");
        String programme = given().auth().oauth2(coordinator).contentType(ContentType.JSON)
                .body("""
                        {"name": "PAUS system test", "direction": "OUTBOUND", "fundingSource": "OWN_FUNDS",
                         "themes": ["teaching"], "budgetSek": 5000000}
                        """).post(call + "/programmes").then().statusCode(201).extract().path("id");
        String callId = given().auth().oauth2(coordinator).contentType(ContentType.JSON)
                .body("""
                        {"programmeId": "%s",
                         "title": {"sv": "Utlysning PAUS", "en": "PAUS call"},
                         "description": {"sv": "Lärare ut i samhället.", "en": "Teachers out in society."},
                         "opensAt": "%s", "closesAt": "%s", "budgetSek": 300000, "maxGrantSek": 150000,
                         "minExtentPercent": 10, "maxExtentPercent": 50, "minMonths": 1, "maxMonths": 48,
                         "eligibleStaffCategories": ["TEACHER", "RESEARCHER"]}
                        """.formatted(programme, Instant.now().minus(1, ChronoUnit.HOURS), Instant.now().plus(30, ChronoUnit.DAYS)))
                .post(call + "/calls").then().statusCode(201).extract().path("id");
        given().auth().oauth2(coordinator).post(call + "/calls/" + callId + "/publish").then().statusCode(200);

        String application = given().auth().oauth2(staff).contentType(ContentType.JSON).body(APPLICATION)
                .post(call + "/calls/" + callId + "/applications").then().statusCode(201).extract().path("id");
        given().auth().oauth2(staff).post(call + "/applications/" + application + "/submit").then().statusCode(200);
        given().auth().oauth2(manager).contentType(ContentType.JSON)
                .body("{\"verdict\": \"ENDORSE\", \"comment\": \"Supported.\"}")
                .post(call + "/applications/" + application + "/endorsement").then().statusCode(200);
        given().auth().oauth2(coordinator).post(call + "/calls/" + callId + "/close").then().statusCode(200);
        given().auth().oauth2(coordinator).contentType(ContentType.JSON)
                .body("{\"outcome\": \"GRANT\", \"grantedSek\": 90000, \"motivation\": \"Strong mutual value.\"}")
                .post(call + "/applications/" + application + "/decision").then().statusCode(200);

        // ApplicationGranted → exchange-service (over Kafka, as principal node-kth) → a PLANNED exchange.
        String exchange = Network.url(kth, "exchange");
        String exchangeId = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(
                () -> given().auth().oauth2(coordinator).queryParam("applicationId", application)
                        .get(exchange + "/exchanges").then().statusCode(200).extract().<String>path("items[0].id"),
                id -> id != null);
        given().auth().oauth2(coordinator).get(exchange + "/exchanges/" + exchangeId).then().statusCode(200)
                .body("status", equalTo("PLANNED"));

        // ExchangePlanned → followup-service → the exchange is under follow-up.
        String followup = Network.url(kth, "followup");
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(
                () -> given().auth().oauth2(coordinator).get(followup + "/exchanges/" + exchangeId).statusCode() == 200);

        // Another institution knows nothing of it, whether it has a node of its own or shares this one.
        String mau = Network.nodeOf("mau");
        given().auth().oauth2(Network.passwordToken("mau-coordinator")).queryParam("applicationId", application)
                .get(Network.url(mau, "exchange") + "/exchanges").then().statusCode(200).body("total", equalTo(0));
    }

    private static final String APPLICATION = ApplicationBodies.of(ApplicationBodies.PURPOSE,
            "Saab gets research methods; KTH gets cases.", "Two master's theses at Saab.");
}

package se.klossnet.call.decision;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static se.klossnet.call.Fixtures.KTH_COORDINATOR;
import static se.klossnet.call.Fixtures.KTH_MANAGER;
import static se.klossnet.call.Fixtures.KTH_STAFF;
import static se.klossnet.call.Fixtures.KTH_STAFF_2;
import static se.klossnet.call.Fixtures.amount;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import se.klossnet.call.Fixtures;
import se.klossnet.events.Direction;
import se.klossnet.events.HostOrganisation;
import se.klossnet.events.HostSector;
import se.klossnet.events.call.ApplicationGranted;
import se.klossnet.events.kafka.CloudEventsKafkaMapping;
import se.klossnet.testing.RealInfrastructure;
import se.klossnet.testing.TopicProbe;

@QuarkusTest
@QuarkusTestResource(RealInfrastructure.class)
class DecisionTest {

    private static ValidatableResponse decide(String application, String body) {
        return given().auth().oauth2(KTH_COORDINATOR).contentType(ContentType.JSON).body(body)
                .post("/applications/" + application + "/decision").then();
    }

    private static String grant(int amount) {
        return "{\"outcome\": \"GRANT\", \"grantedSek\": " + amount + ", \"motivation\": \"Ranked high.\"}";
    }

    @Test
    void decisionsComeOnlyAfterTheCallHasClosed() {
        String call = Fixtures.openKthCall();
        String application = Fixtures.submittedApplication(KTH_STAFF, call);
        Fixtures.endorse(application);
        decide(application, grant(50000)).statusCode(409).contentType("application/problem+json");
        given().auth().oauth2(KTH_MANAGER).contentType(ContentType.JSON).body(grant(50000))
                .post("/applications/" + application + "/decision").then().statusCode(403);
        given().auth().oauth2(KTH_STAFF).get("/applications/" + application).then().body("status", equalTo("ENDORSED"));
    }

    @Test
    void aGrantOverTheRemainingBudgetIsRefusedSayingHowMuchIsLeft() {
        String call = Fixtures.openCall(KTH_COORDINATOR, Fixtures.programme(KTH_COORDINATOR, "OUTBOUND"),
                Instant.now().plus(30, ChronoUnit.DAYS), "150000");
        String first = Fixtures.submittedApplication(KTH_STAFF, call);
        String second = Fixtures.submittedApplication(KTH_STAFF_2, call);
        Fixtures.endorse(first);
        Fixtures.endorse(second);
        Fixtures.close(call);

        decide(first, grant(100000)).statusCode(200).body("status", equalTo("GRANTED"));
        decide(second, grant(60000)).statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:kloss:problem:budget-exceeded"))
                .body("detail", containsString("50000.00 SEK left"));
        given().auth().oauth2(KTH_STAFF_2).get("/applications/" + second).then().body("status", equalTo("ENDORSED"));
        given().auth().oauth2(KTH_COORDINATOR).get("/calls/" + call + "/ranking").then()
                .body("grantedSek", amount("100000")).body("remainingSek", amount("50000"));

        decide(second, grant(50000)).statusCode(200);
        given().auth().oauth2(KTH_COORDINATOR).get("/calls/" + call + "/ranking").then().body("remainingSek", amount("0"));
        given().auth().oauth2(KTH_COORDINATOR).get("/calls/" + call).then().body("status", equalTo("DECIDED"));
        given().auth().oauth2(KTH_STAFF).post("/applications/" + first + "/withdraw").then().statusCode(409);
    }

    @Test
    void aGrantNeedsAnEndorsementAnAmountWithinTheMaximumAndNoSecondDecision() {
        String call = Fixtures.openKthCall();
        String declined = Fixtures.submittedApplication(KTH_STAFF, call);
        given().auth().oauth2(KTH_MANAGER).contentType(ContentType.JSON)
                .body("{\"verdict\": \"DECLINE\", \"comment\": \"No cover for teaching.\"}")
                .post("/applications/" + declined + "/endorsement").then().statusCode(200);
        String endorsed = Fixtures.submittedApplication(KTH_STAFF_2, call);
        Fixtures.endorse(endorsed);
        Fixtures.close(call);

        decide(declined, grant(50000)).statusCode(409);
        decide(endorsed, grant(150001)).statusCode(400).body("errors.field", hasItem("grantedSek"));
        decide(endorsed, "{\"outcome\": \"GRANT\", \"motivation\": \"x\"}").statusCode(400).body("errors.field", hasItem("grantedSek"));
        decide(endorsed, "{\"outcome\": \"REJECT\", \"grantedSek\": 5, \"motivation\": \"x\"}").statusCode(400);
        decide(endorsed, "{\"outcome\": \"GRANT\", \"grantedSek\": 1000}").statusCode(400).body("errors.field", hasItem("motivation"));

        decide(declined, "{\"outcome\": \"REJECT\", \"motivation\": \"Not endorsed.\"}").statusCode(200)
                .body("status", equalTo("REJECTED")).body("decision.granted", equalTo(false));
        decide(declined, "{\"outcome\": \"REJECT\", \"motivation\": \"Again.\"}").statusCode(409);
        decide(endorsed, grant(150000)).statusCode(200).body("decision.motivation", equalTo("Ranked high."));
        decide(endorsed, grant(1)).statusCode(409);
    }

    @Test
    void anAllianceGrantCarriesThePartners() {
        String call = Fixtures.openCall(KTH_COORDINATOR, Fixtures.programme(KTH_COORDINATOR, "ALLIANCE"),
                Instant.now().plus(30, ChronoUnit.DAYS), "1000000");
        String partners = """
                "alliance": {"durationMonths": 24, "partners": [
                  {"name": "Aalto University", "type": "HEI", "country": "FI"},
                  {"name": "Siemens AG", "type": "ENTERPRISE", "country": "DE"},
                  {"name": "Volvo AB", "type": "ENTERPRISE", "country": "SE", "organisationNumber": "556012-5790"},
                  {"name": "Business Finland", "type": "OTHER", "country": "FI", "sector": "PUBLIC"},
                  {"name": "Fryshuset", "type": "OTHER", "country": "SE", "sector": "CIVIL_SOCIETY"}]}""";
        String application = Fixtures.draftApplication(KTH_STAFF, call, Fixtures.applicationBody(partners));
        given().auth().oauth2(KTH_STAFF).post("/applications/" + application + "/submit").then().statusCode(200);
        Fixtures.endorse(application);
        Fixtures.close(call);
        decide(application, grant(120000)).statusCode(200);

        try (TopicProbe probe = TopicProbe.of(RealInfrastructure.kafka().bootstrapServers(), "kloss.kth.call.v1")) {
            List<ConsumerRecord<String, byte[]>> records = probe.awaitRecords(3, Duration.ofSeconds(20),
                    r -> application.equals(r.key()));
            ApplicationGranted granted = records.stream().map(r -> CloudEventsKafkaMapping.fromRecord(r).data())
                    .filter(ApplicationGranted.class::isInstance).map(ApplicationGranted.class::cast).findFirst().orElseThrow();
            assertThat(granted.direction()).isEqualTo(Direction.ALLIANCE);
            assertThat(granted.partners()).containsExactly(
                    new HostOrganisation(HostSector.ACADEMIA, "FI", null, null),
                    new HostOrganisation(HostSector.BUSINESS, "DE", null, null),
                    new HostOrganisation(HostSector.BUSINESS, "SE", "5560125790", null),
                    new HostOrganisation(HostSector.PUBLIC, "FI", null, null),
                    new HostOrganisation(HostSector.CIVIL_SOCIETY, "SE", null, null));
        }
    }
}

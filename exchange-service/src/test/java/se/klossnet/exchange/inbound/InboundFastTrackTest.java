package se.klossnet.exchange.inbound;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import se.klossnet.events.Direction;
import se.klossnet.events.DomainEvent;
import se.klossnet.events.exchange.ExchangePlanned;
import se.klossnet.events.kafka.CloudEventsKafkaMapping;
import se.klossnet.exchange.support.Api;
import se.klossnet.exchange.support.HrReceiver;
import se.klossnet.exchange.support.ExchangeTestInfrastructure;
import se.klossnet.testing.RealInfrastructure;
import se.klossnet.testing.TopicProbe;

/** Incoming affiliated competence: registration to ONGOING in a handful of REST calls. */
@QuarkusTest
@QuarkusTestResource(ExchangeTestInfrastructure.class)
class InboundFastTrackTest {

    static String registration(String manager, String start, String end) {
        return """
                {"programmeId": "prog-affiliated",
                 "person": {"name": "Ingrid Inkommande", "email": "ingrid.inkommande@example.org"},
                 "employer": {"organisation": {"organisationNumber": "556547-5489", "name": "Spotify AB",
                                               "sector": "BUSINESS", "country": "SE", "region": "01"},
                              "contactName": "Erik Employer", "contactEmail": "erik@example.org"},
                 "hostDepartment": "School of Electrical Engineering and Computer Science",
                 "hostManager": "%s",
                 "plannedStart": "%s", "plannedEnd": "%s", "extentPercent": 20,
                 "purpose": "Teach a course module on recommender systems",
                 "mutualValue": "Students meet industry practice; the employer recruits and learns current research",
                 "budgetSek": 40000}
                """.formatted(manager, start, end);
    }

    static String register(String manager, String start, String end) {
        return given().auth().oauth2(Api.coordinator("kth")).contentType(ContentType.JSON)
                .body(registration(manager, start, end)).post("/inbound-registrations").then().statusCode(201)
                .header("Location", startsWith("http"))
                .body("status", equalTo("REGISTERED")).body("direction", equalTo("INBOUND"))
                .extract().path("id");
    }

    @Test
    void fromRegistrationToOngoingThroughRestAlone() {
        // 1. The coordinator registers the person directly; the agreement is drafted at once.
        String id = register("kth-manager-eecs", "2031-04-01", "2031-09-30");
        JsonPath draft = Api.agreement("kth", id);
        assertThat(draft.getString("document")).contains("AGREEMENT ON AFFILIATION", "Ingrid Inkommande",
                "Spotify AB", "Erik Employer", "recommender systems", "2031-04-01", "20 % of full time");

        // 2. The host department's manager reads it and approves.
        String manager = Api.manager("kth-manager-eecs", "kth");
        given().auth().oauth2(manager).get("/exchanges/" + id + "/agreement").then().statusCode(200);
        given().auth().oauth2(manager).queryParam("status", "REGISTERED").get("/exchanges").then().statusCode(200)
                .body("items.id", hasItem(id));
        given().auth().oauth2(manager).contentType(ContentType.JSON).body(Map.of("version", Api.version("kth", id)))
                .post("/exchanges/" + id + "/approval").then().statusCode(200).body("status", equalTo("PLANNED"));

        // 3. Links go out; the incoming person, the coordinator and the employer's contact sign.
        Api.signByAll("kth", id, null);
        given().auth().oauth2(Api.coordinator("kth")).get("/exchanges/" + id).then()
                .body("status", equalTo("AGREEMENT_SIGNED"));

        // 4. It starts.
        Api.command("kth", id, "start", Map.of());
        given().auth().oauth2(Api.coordinator("kth")).get("/exchanges/" + id).then()
                .body("status", equalTo("ONGOING"));
        Api.command("kth", id, "complete", Map.of());

        // HR hears of the affiliation: agreed, started, ended.
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> HrReceiver.appliedAbout(id).size() == 3);
        assertThat(HrReceiver.appliedAbout(id).values()).containsExactlyInAnyOrder("AFFILIATION_AGREED",
                "AFFILIATION_STARTED", "AFFILIATION_ENDED");
        assertThat(HrReceiver.callsAbout(id).get(0).body()).contains("Ingrid Inkommande",
                "School of Electrical Engineering and Computer Science");

        try (TopicProbe probe = TopicProbe.of(RealInfrastructure.kafka().bootstrapServers(), "kloss.kth.exchange.v1")) {
            probe.awaitRecords(4, Duration.ofSeconds(30), r -> id.equals(r.key()));
            List<ConsumerRecord<String, byte[]>> records = probe.drain(Duration.ofMillis(800), r -> id.equals(r.key()));
            List<DomainEvent> events = records.stream().map(r -> CloudEventsKafkaMapping.fromRecord(r).data()).toList();
            assertThat(events).extracting(e -> e.getClass().getSimpleName()).containsExactly(
                    "ExchangePlanned", "AgreementSigned", "ExchangeStarted", "ExchangeCompleted");
            ExchangePlanned planned = (ExchangePlanned) events.get(0);
            assertThat(planned.direction()).isEqualTo(Direction.INBOUND);
            assertThat(planned.applicationId()).isNull();
            assertThat(planned.participantPseudonym()).startsWith("p-");
            // The person is known to the network by the pseudonym only.
            for (ConsumerRecord<String, byte[]> r : records) {
                String payload = new String(r.value(), StandardCharsets.UTF_8);
                assertThat(payload).doesNotContain("Ingrid", "Inkommande", "example.org", "Erik");
            }
        }
    }

    @Test
    void onlyTheNamedManagerDecidesAndNothingIsSignedBeforeApproval() {
        String id = register("kth-manager-abe", "2031-05-01", "2031-06-30");
        int number = Api.agreement("kth", id).getInt("number");
        String sha = Api.agreement("kth", id).getString("documentSha256");

        given().auth().oauth2(Api.coordinator("kth")).contentType(ContentType.JSON)
                .body(Map.of("party", "HOME_INSTITUTION", "agreementVersion", number, "documentSha256", sha))
                .post("/exchanges/" + id + "/agreement/signatures").then().statusCode(409);
        given().auth().oauth2(Api.coordinator("kth")).contentType(ContentType.JSON)
                .body(Map.of("party", "HOST_CONTACT")).post("/exchanges/" + id + "/agreement/links").then()
                .statusCode(409);
        given().auth().oauth2(Api.coordinator("kth")).contentType(ContentType.JSON)
                .body(Map.of("version", Api.version("kth", id))).post("/exchanges/" + id + "/start").then()
                .statusCode(409);
        given().auth().oauth2(Api.finance("kth")).contentType(ContentType.JSON)
                .body(Map.of("type", "TRAVEL", "amountSek", "100", "bookedOn", "2031-05-02"))
                .post("/exchanges/" + id + "/costs").then().statusCode(409);

        // Another department's manager does not even see it; a coordinator is no manager.
        given().auth().oauth2(Api.manager("kth-manager-other", "kth")).contentType(ContentType.JSON)
                .body(Map.of("version", Api.version("kth", id))).post("/exchanges/" + id + "/approval").then()
                .statusCode(404);
        given().auth().oauth2(Api.coordinator("kth")).contentType(ContentType.JSON)
                .body(Map.of("version", Api.version("kth", id))).post("/exchanges/" + id + "/approval").then()
                .statusCode(403);

        given().auth().oauth2(Api.manager("kth-manager-abe", "kth")).contentType(ContentType.JSON)
                .body(Map.of("version", Api.version("kth", id))).post("/exchanges/" + id + "/decline").then()
                .statusCode(200).body("status", equalTo("DECLINED"));
        given().auth().oauth2(Api.manager("kth-manager-abe", "kth")).contentType(ContentType.JSON)
                .body(Map.of("version", Api.version("kth", id))).post("/exchanges/" + id + "/approval").then()
                .statusCode(409);
    }

    @Test
    void anIncompleteRegistrationIsRefusedNamingEachField() {
        given().auth().oauth2(Api.coordinator("kth")).contentType(ContentType.JSON)
                .body("""
                        {"programmeId": "prog-affiliated", "person": {"name": "", "email": "not-an-email"},
                         "employer": {"organisation": {"organisationNumber": "5565475488", "sector": "BUSINESS",
                                                       "country": "SE"},
                                      "contactName": "E", "contactEmail": "e@example.org"},
                         "hostDepartment": "D", "hostManager": "m", "plannedStart": "2031-01-01",
                         "plannedEnd": "2031-02-01", "extentPercent": 150, "purpose": "p"}
                        """)
                .post("/inbound-registrations").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("person.name"))
                .body("errors.field", hasItem("person.email"))
                .body("errors.field", hasItem("extentPercent"))
                .body("errors.field", hasItem("mutualValue"));
        given().auth().oauth2(Api.coordinator("kth")).contentType(ContentType.JSON)
                .body(registration("m", "2031-01-01", "2031-02-01").replace("556547-5489", "556547-5488"))
                .post("/inbound-registrations").then().statusCode(400)
                .body("errors.field", hasItem("employer.organisation.organisationNumber"));
        given().auth().oauth2(Api.staff("kth-staff", "kth")).contentType(ContentType.JSON)
                .body(registration("m", "2031-01-01", "2031-02-01")).post("/inbound-registrations").then()
                .statusCode(403);
        given().auth().oauth2(Api.coordinator("kth")).queryParam("direction", "INBOUND").get("/exchanges").then()
                .statusCode(200).body("items.participant.name", not(hasItem("")));
    }
}

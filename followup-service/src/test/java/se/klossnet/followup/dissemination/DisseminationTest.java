package se.klossnet.followup.dissemination;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static se.klossnet.followup.Exchanges.KTH_COORDINATOR;
import static se.klossnet.followup.Exchanges.MAU_COORDINATOR;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import se.klossnet.events.Direction;
import se.klossnet.events.HostOrganisation;
import se.klossnet.events.HostSector;
import se.klossnet.events.call.ApplicationGranted;
import se.klossnet.events.exchange.ExchangeStarted;
import se.klossnet.events.followup.DisseminationReported;
import se.klossnet.events.kafka.CloudEventsKafkaMapping;
import se.klossnet.followup.Exchanges;
import se.klossnet.followup.Feed;
import se.klossnet.testing.RealInfrastructure;
import se.klossnet.testing.TestTokens;
import se.klossnet.testing.TopicProbe;

@QuarkusTest
@QuarkusTestResource(RealInfrastructure.class)
class DisseminationTest {

    private static String activity(String type, LocalDate on) {
        return """
                {"type": "%s", "audience": "Teachers of the school of engineering", "heldOn": "%s",
                 "description": "Lunch seminar on what industry expects of graduates"}
                """.formatted(type, on);
    }

    @Test
    void thePlanArrivesWithTheGrantAndIsComparedWithWhatWasDone() {
        String applicationId = "app-" + UUID.randomUUID();
        String exchangeId = Exchanges.newId();
        LocalDate start = LocalDate.now().minusMonths(2);
        Feed.publish("kth", new ApplicationGranted(applicationId, "call-d", "prog-d", Direction.OUTBOUND, "psn-d",
                new HostOrganisation(HostSector.BUSINESS, "SE", null, null), start, start.plusMonths(6), 20,
                new BigDecimal("300000"), List.of("SEMINAR", "COURSE", "lives-on:course-module"), List.of()));
        Feed.publish("kth", Exchanges.planned(exchangeId, "prog-d", "psn-d", start, start.plusMonths(6), applicationId));
        Feed.publish("kth", new ExchangeStarted(exchangeId, start));
        Exchanges.awaitState("kth", exchangeId, "ONGOING");
        String username = "kth-disseminator-" + UUID.randomUUID();
        Exchanges.linkParticipant("kth", exchangeId, username);
        String participant = TestTokens.of(username, "kth", "staff");
        String base = "/exchanges/" + exchangeId + "/dissemination";

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().auth().oauth2(participant).get(base).then().statusCode(200)
                        .body("grantedPlanTopics", contains("SEMINAR", "COURSE", "lives-on:course-module"))
                        .body("version", nullValue()));
        given().auth().oauth2(participant).contentType(ContentType.JSON).body("""
                {"answers": {"expectedResult": "A course module", "learningNeeds": "Industry practice",
                             "usersAndRecipients": "Students", "spreadingActivities": "Seminars",
                             "timePlanAndResources": "Spring term", "livesOnWithoutGrant": "In the curriculum"},
                 "plannedActivities": {"SEMINAR": 2, "COURSE": 1}}
                """).put(base + "/plan").then().statusCode(200).body("version", equalTo(0))
                .body("plannedTotal", equalTo(3)).body("answers.expectedResult", equalTo("A course module"));

        given().auth().oauth2(participant).contentType(ContentType.JSON).body(activity("SEMINAR", LocalDate.now()))
                .post(base + "/activities").then().statusCode(201);
        given().auth().oauth2(KTH_COORDINATOR).contentType(ContentType.JSON)
                .body(activity("SEMINAR", LocalDate.now().minusDays(3))).post(base + "/activities").then().statusCode(201);
        given().auth().oauth2(participant).contentType(ContentType.JSON).body(activity("WEB", LocalDate.now()))
                .post(base + "/activities").then().statusCode(201);

        given().auth().oauth2(KTH_COORDINATOR).get(base).then().statusCode(200)
                .body("plannedTotal", equalTo(3)).body("doneTotal", equalTo(3))
                .body("activities.find { it.type == 'SEMINAR' }.planned", equalTo(2))
                .body("activities.find { it.type == 'SEMINAR' }.done", equalTo(2))
                .body("activities.find { it.type == 'COURSE' }.done", equalTo(0))
                .body("activities.find { it.type == 'WEB' }.planned", equalTo(0));
        given().auth().oauth2(participant).queryParam("type", "SEMINAR").get(base + "/activities").then()
                .body("total", equalTo(2)).body("items[0].heldOn", equalTo(LocalDate.now().toString()));

        try (TopicProbe probe = TopicProbe.of(RealInfrastructure.kafka().bootstrapServers(), Feed.followupTopic("kth"))) {
            List<ConsumerRecord<String, byte[]>> records = probe.awaitRecords(3, Duration.ofSeconds(20),
                    r -> exchangeId.equals(r.key()));
            assertThat(records).hasSize(3);
            DisseminationReported last = (DisseminationReported) CloudEventsKafkaMapping.fromRecord(records.get(2)).data();
            assertThat(last.activities()).isEqualTo(Map.of("SEMINAR", 2, "WEB", 1));
            assertThat(last.reportedOn()).isEqualTo(LocalDate.now(se.klossnet.followup.NodeCalendar.ZONE));
            DisseminationReported first = (DisseminationReported) CloudEventsKafkaMapping.fromRecord(records.get(0)).data();
            assertThat(first.activities()).isEqualTo(Map.of("SEMINAR", 1));
            records.forEach(r -> assertThat(new String(r.value(), StandardCharsets.UTF_8))
                    .doesNotContain("Teachers", "Lunch seminar"));
        }

        given().auth().oauth2(participant).contentType(ContentType.JSON)
                .body("{\"text\": \"The module is now part of the programme syllabus\", \"version\": 0}")
                .put(base + "/closing-statement").then().statusCode(200)
                .body("closingStatement", equalTo("The module is now part of the programme syllabus"))
                .body("closingStatementOn", equalTo(LocalDate.now(se.klossnet.followup.NodeCalendar.ZONE).toString()))
                .body("version", equalTo(1));
        given().auth().oauth2(KTH_COORDINATOR).contentType(ContentType.JSON)
                .body("{\"plannedActivities\": {\"SEMINAR\": 5}, \"version\": 0}").put(base + "/plan").then()
                .statusCode(409).contentType("application/problem+json");
        given().auth().oauth2(KTH_COORDINATOR).contentType(ContentType.JSON)
                .body("{\"plannedActivities\": {\"SEMINAR\": 5}}").put(base + "/plan").then()
                .statusCode(400).body("errors[0].field", equalTo("version"));
        given().auth().oauth2(MAU_COORDINATOR).get(base).then().statusCode(404);
    }

    @Test
    void anActivityIsRecordedOnceDoneAndRefusedWhenMalformed() {
        Exchanges.Running exchange = Exchanges.running("kth", "prog-" + UUID.randomUUID());
        String activities = "/exchanges/" + exchange.id() + "/dissemination/activities";
        given().auth().oauth2(exchange.participant()).contentType(ContentType.JSON)
                .body(activity("SEMINAR", LocalDate.now().plusDays(7))).post(activities).then().statusCode(400)
                .body("errors[0].field", equalTo("heldOn"));
        given().auth().oauth2(exchange.participant()).contentType(ContentType.JSON)
                .body(activity("PODCAST", LocalDate.now())).post(activities).then().statusCode(400)
                .body("errors[0].field", equalTo("type"));
        given().auth().oauth2(exchange.participant()).contentType(ContentType.JSON)
                .body("{\"type\": \"REPORT\", \"audience\": \" \"}").post(activities).then().statusCode(400)
                .body("errors.field", contains("audience", "heldOn"));
        given().auth().oauth2(exchange.participant()).contentType(ContentType.JSON)
                .body("{\"plannedActivities\": {\"SEMINAR\": -1}}")
                .put("/exchanges/" + exchange.id() + "/dissemination/plan").then().statusCode(400)
                .contentType("application/problem+json");
        String colleague = TestTokens.of("kth-colleague-" + UUID.randomUUID(), "kth", "staff");
        given().auth().oauth2(colleague).contentType(ContentType.JSON).body(activity("SEMINAR", LocalDate.now()))
                .post(activities).then().statusCode(404);
        given().auth().oauth2(exchange.participant()).get(activities).then().body("total", equalTo(0));
    }
}

package se.klossnet.followup.focusgroup;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static se.klossnet.followup.Exchanges.KTH_COORDINATOR;
import static se.klossnet.followup.Exchanges.MAU_COORDINATOR;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import se.klossnet.events.followup.FocusGroupHeld;
import se.klossnet.events.kafka.CloudEventsKafkaMapping;
import se.klossnet.followup.Exchanges;
import se.klossnet.followup.Feed;
import se.klossnet.testing.RealInfrastructure;
import se.klossnet.testing.TopicProbe;

@QuarkusTest
@QuarkusTestResource(RealInfrastructure.class)
class FocusGroupTest {

    private static String draft(String programme, LocalDate heldOn, List<String> exchanges, String themes, Long version) {
        String ids = exchanges.stream().map(id -> "\"" + id + "\"").reduce((a, b) -> a + ", " + b).orElse("");
        return """
                {"programmeId": "%s", "heldOn": "%s", "facilitator": "Karin Facilitatorsson",
                 "participantExchangeIds": [%s], "otherParticipantCount": 2, "themes": %s,
                 "notes": "Participants asked for more time with students"%s}
                """.formatted(programme, heldOn, ids, themes, version == null ? "" : ", \"version\": " + version);
    }

    @Test
    void recordingAFocusGroupPublishesCountsAndThemesOnly() {
        String programme = "prog-" + UUID.randomUUID();
        Exchanges.Running a = Exchanges.running("kth", programme);
        Exchanges.Running b = Exchanges.running("kth", programme);
        String id = given().auth().oauth2(KTH_COORDINATOR).contentType(ContentType.JSON)
                .body(draft(programme, LocalDate.now().minusDays(1), List.of(a.id(), b.id()),
                        "[\"teaching\", \"student involvement\"]", null))
                .post("/focus-groups").then().statusCode(201)
                .body("participantCount", equalTo(4)).body("version", equalTo(0)).extract().path("id");

        try (TopicProbe probe = TopicProbe.of(RealInfrastructure.kafka().bootstrapServers(), Feed.followupTopic("kth"))) {
            List<ConsumerRecord<String, byte[]>> records = probe.awaitRecords(1, Duration.ofSeconds(20), r -> id.equals(r.key()));
            assertThat(records).hasSize(1);
            FocusGroupHeld held = (FocusGroupHeld) CloudEventsKafkaMapping.fromRecord(records.get(0)).data();
            assertThat(held.participantCount()).isEqualTo(4);
            assertThat(held.programmeId()).isEqualTo(programme);
            assertThat(held.themes()).containsExactly("teaching", "student involvement");
            assertThat(new String(records.get(0).value(), StandardCharsets.UTF_8))
                    .doesNotContain("Karin", "more time", a.id());
        }

        // revising the notes only publishes nothing; changing a published fact publishes again
        given().auth().oauth2(KTH_COORDINATOR).contentType(ContentType.JSON)
                .body(draft(programme, LocalDate.now().minusDays(1), List.of(a.id(), b.id()),
                        "[\"teaching\", \"student involvement\"]", 0L).replace("more time", "much more time"))
                .put("/focus-groups/" + id).then().statusCode(200).body("version", equalTo(1))
                .body("notes", equalTo("Participants asked for much more time with students"));
        given().auth().oauth2(KTH_COORDINATOR).contentType(ContentType.JSON)
                .body(draft(programme, LocalDate.now().minusDays(1), List.of(a.id()), "[\"teaching\"]", 1L))
                .put("/focus-groups/" + id).then().statusCode(200).body("participantCount", equalTo(3));
        try (TopicProbe probe = TopicProbe.of(RealInfrastructure.kafka().bootstrapServers(), Feed.followupTopic("kth"))) {
            List<ConsumerRecord<String, byte[]>> records = probe.awaitRecords(2, Duration.ofSeconds(20), r -> id.equals(r.key()));
            assertThat(probe.drain(Duration.ofMillis(500), r -> id.equals(r.key()))).hasSize(2);
            FocusGroupHeld revised = (FocusGroupHeld) CloudEventsKafkaMapping.fromRecord(records.get(1)).data();
            assertThat(revised.participantCount()).isEqualTo(3);
            assertThat(revised.themes()).containsExactly("teaching");
        }
        given().auth().oauth2(KTH_COORDINATOR).contentType(ContentType.JSON)
                .body(draft(programme, LocalDate.now().minusDays(1), List.of(), "[\"stale\"]", 1L))
                .put("/focus-groups/" + id).then().statusCode(409).contentType("application/problem+json");

        given().auth().oauth2(KTH_COORDINATOR).queryParam("programmeId", programme).queryParam("theme", "teaching")
                .get("/focus-groups").then().statusCode(200).body("total", equalTo(1)).body("items[0].id", equalTo(id))
                .body("items[0].notes", equalTo("Participants asked for more time with students"));
        given().auth().oauth2(KTH_COORDINATOR).queryParam("programmeId", programme)
                .queryParam("from", LocalDate.now().toString()).get("/focus-groups").then().body("total", equalTo(0));
        given().auth().oauth2(MAU_COORDINATOR).get("/focus-groups/" + id).then().statusCode(404);
        given().auth().oauth2(MAU_COORDINATOR).queryParam("programmeId", programme).get("/focus-groups").then()
                .body("total", equalTo(0));
        given().auth().oauth2(a.participant()).get("/focus-groups/" + id).then().statusCode(403);
    }

    @Test
    void anInvalidFocusGroupIsRefusedNamingEachField() {
        given().auth().oauth2(KTH_COORDINATOR).contentType(ContentType.JSON)
                .body(draft("prog-x", LocalDate.now().plusDays(3), List.of("exc-unknown"), "[\"t\"]", null))
                .post("/focus-groups").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("heldOn", "participantExchangeIds[0]"));
        given().auth().oauth2(KTH_COORDINATOR).contentType(ContentType.JSON)
                .body("{\"programmeId\": \"\", \"facilitator\": \"F\", \"participantExchangeIds\": [],"
                        + " \"otherParticipantCount\": -1, \"themes\": []}")
                .post("/focus-groups").then().statusCode(400)
                .body("errors.field", hasItems("programmeId", "heldOn", "otherParticipantCount", "themes"));
        // another institution's exchange is not a known exchange here
        Exchanges.Running mau = Exchanges.running("mau", "prog-mau");
        given().auth().oauth2(KTH_COORDINATOR).contentType(ContentType.JSON)
                .body(draft("prog-x", LocalDate.now(), List.of(mau.id()), "[\"t\"]", null))
                .post("/focus-groups").then().statusCode(400).body("errors.field", hasItem("participantExchangeIds[0]"));
    }
}

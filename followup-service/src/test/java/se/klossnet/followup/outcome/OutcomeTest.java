package se.klossnet.followup.outcome;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
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
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import se.klossnet.events.exchange.ExchangeCompleted;
import se.klossnet.events.exchange.ExchangeStarted;
import se.klossnet.events.followup.OutcomeReported;
import se.klossnet.events.followup.OutcomeSide;
import se.klossnet.events.followup.OutcomeType;
import se.klossnet.events.kafka.CloudEventsKafkaMapping;
import se.klossnet.followup.Exchanges;
import se.klossnet.followup.Feed;
import se.klossnet.testing.RealInfrastructure;
import se.klossnet.testing.TestTokens;
import se.klossnet.testing.TopicProbe;

@QuarkusTest
@QuarkusTestResource(RealInfrastructure.class)
class OutcomeTest {

    private static String outcome(String type, String side, LocalDate on, String evidence, Long version) {
        return """
                {"type": "%s", "side": "%s", "occurredOn": "%s", "description": "A new course module on product design",
                 "evidenceUrl": %s%s}
                """.formatted(type, side, on, evidence == null ? "null" : "\"" + evidence + "\"",
                version == null ? "" : ", \"version\": " + version);
    }

    /** An exchange that ran in 2019 and ended years ago, with its participant. */
    private static Exchanges.Running longAgo(String programme) {
        String id = Exchanges.newId();
        LocalDate start = LocalDate.of(2019, 2, 1);
        Feed.publish("kth", Exchanges.planned(id, programme, "psn-" + UUID.randomUUID(), start, start.plusMonths(6), null));
        Feed.publish("kth", new ExchangeStarted(id, start));
        Feed.publish("kth", new ExchangeCompleted(id, start.plusMonths(6), new BigDecimal("1.2")));
        Exchanges.awaitState("kth", id, "COMPLETED");
        String username = "kth-alumnus-" + UUID.randomUUID();
        Exchanges.linkParticipant("kth", id, username);
        return new Exchanges.Running(id, "kth", start, TestTokens.of(username, "kth", "staff"), username);
    }

    @Test
    void theParticipantReportsAnOutcomeYearsAfterTheExchange() {
        Exchanges.Running exchange = longAgo("prog-" + UUID.randomUUID());
        LocalDate yearsLater = LocalDate.of(2024, 3, 15);
        String id = given().auth().oauth2(exchange.participant()).contentType(ContentType.JSON)
                .body(outcome("COURSE_CONTENT", "ACADEMIA", yearsLater, "https://kth.example/course/PD101", null))
                .post("/exchanges/" + exchange.id() + "/outcomes").then().statusCode(201)
                .body("reportedAs", equalTo("PARTICIPANT")).extract().path("id");

        try (TopicProbe probe = TopicProbe.of(RealInfrastructure.kafka().bootstrapServers(), Feed.followupTopic("kth"))) {
            List<ConsumerRecord<String, byte[]>> records = probe.awaitRecords(1, Duration.ofSeconds(20), r -> id.equals(r.key()));
            assertThat(records).hasSize(1);
            OutcomeReported reported = (OutcomeReported) CloudEventsKafkaMapping.fromRecord(records.get(0)).data();
            assertThat(reported.exchangeId()).isEqualTo(exchange.id());
            assertThat(reported.type()).isEqualTo(OutcomeType.COURSE_CONTENT);
            assertThat(reported.side()).isEqualTo(OutcomeSide.ACADEMIA);
            assertThat(reported.occurredOn()).isEqualTo(yearsLater);
            assertThat(reported.hasEvidence()).isTrue();
            assertThat(new String(records.get(0).value(), StandardCharsets.UTF_8)).doesNotContain("product design", "PD101");
        }

        given().auth().oauth2(KTH_COORDINATOR).contentType(ContentType.JSON)
                .body(outcome("CONTINUED_COLLABORATION", "EXTERNAL", LocalDate.of(2025, 1, 2), null, null))
                .post("/exchanges/" + exchange.id() + "/outcomes").then().statusCode(201)
                .body("reportedAs", equalTo("COORDINATOR"));
        given().auth().oauth2(exchange.participant()).queryParam("exchangeId", exchange.id()).get("/outcomes").then()
                .statusCode(200).body("total", equalTo(2));
        given().auth().oauth2(KTH_COORDINATOR).queryParam("exchangeId", exchange.id()).queryParam("side", "EXTERNAL")
                .get("/outcomes").then().body("total", equalTo(1)).body("items[0].type", equalTo("CONTINUED_COLLABORATION"));
        given().auth().oauth2(KTH_COORDINATOR).queryParam("exchangeId", exchange.id())
                .queryParam("from", "2024-01-01").queryParam("to", "2024-12-31").get("/outcomes").then()
                .body("total", equalTo(1)).body("items[0].id", equalTo(id));
        given().auth().oauth2(KTH_COORDINATOR).queryParam("type", "TELEPORTATION").get("/outcomes").then()
                .statusCode(400).body("errors[0].field", equalTo("type"));
        given().auth().oauth2(KTH_COORDINATOR).queryParam("from", "2024-12-31").queryParam("to", "2024-01-01")
                .get("/outcomes").then().statusCode(400).body("errors[0].field", equalTo("to"));
    }

    @Test
    void everyOutcomeTypeOfTheDomainIsAccepted() {
        Exchanges.Running exchange = longAgo("prog-" + UUID.randomUUID());
        assertThat(OutcomeType.values()).hasSize(9);
        for (OutcomeType type : OutcomeType.values()) {
            given().auth().oauth2(KTH_COORDINATOR).contentType(ContentType.JSON)
                    .body(outcome(type.name(), "EXTERNAL", LocalDate.of(2020, 5, 1), null, null))
                    .post("/exchanges/" + exchange.id() + "/outcomes").then().statusCode(201);
        }
        given().auth().oauth2(KTH_COORDINATOR).queryParam("exchangeId", exchange.id()).queryParam("size", 100)
                .get("/outcomes").then().body("total", equalTo(9)).body("items.side", everyItem(equalTo("EXTERNAL")));
    }

    @Test
    void outcomesAreDatedWithinReasonAndRevisedWithTheVersion() {
        Exchanges.Running exchange = Exchanges.running("kth", "prog-" + UUID.randomUUID());
        String outcomes = "/exchanges/" + exchange.id() + "/outcomes";
        given().auth().oauth2(exchange.participant()).contentType(ContentType.JSON)
                .body(outcome("RECRUITMENT", "EXTERNAL", exchange.startedOn().minusDays(1), null, null))
                .post(outcomes).then().statusCode(400).body("errors[0].field", equalTo("occurredOn"));
        given().auth().oauth2(exchange.participant()).contentType(ContentType.JSON)
                .body(outcome("RECRUITMENT", "EXTERNAL", LocalDate.now().plusDays(2), null, null))
                .post(outcomes).then().statusCode(400).body("errors[0].field", equalTo("occurredOn"));
        given().auth().oauth2(exchange.participant()).contentType(ContentType.JSON)
                .body(outcome("RECRUITMENT", "EXTERNAL", LocalDate.now(), "ftp://nope", null))
                .post(outcomes).then().statusCode(400).body("errors[0].field", equalTo("evidenceUrl"));
        given().auth().oauth2(exchange.participant()).contentType(ContentType.JSON)
                .body("{\"type\": \"MAGIC\", \"side\": \"ACADEMIA\"}").post(outcomes).then().statusCode(400)
                .body("errors[0].field", equalTo("type"));
        given().auth().oauth2(exchange.participant()).contentType(ContentType.JSON).body("{\"description\": \"\"}")
                .post(outcomes).then().statusCode(400)
                .body("errors.field", hasItems("type", "side", "occurredOn", "description"));

        String id = given().auth().oauth2(exchange.participant()).contentType(ContentType.JSON)
                .body(outcome("JOINT_PUBLICATION", "ACADEMIA", LocalDate.now(), null, null))
                .post(outcomes).then().statusCode(201).extract().path("id");
        given().auth().oauth2(KTH_COORDINATOR).contentType(ContentType.JSON)
                .body(outcome("JOINT_PUBLICATION", "EXTERNAL", LocalDate.now(), null, 0L))
                .put("/outcomes/" + id).then().statusCode(200).body("side", equalTo("EXTERNAL"));
        given().auth().oauth2(exchange.participant()).contentType(ContentType.JSON)
                .body(outcome("JOINT_PUBLICATION", "ACADEMIA", LocalDate.now(), null, 0L))
                .put("/outcomes/" + id).then().statusCode(409).contentType("application/problem+json");
        given().auth().oauth2(MAU_COORDINATOR).contentType(ContentType.JSON)
                .body(outcome("JOINT_PUBLICATION", "ACADEMIA", LocalDate.now(), null, 1L))
                .put("/outcomes/" + id).then().statusCode(404);
        String colleague = TestTokens.of("kth-colleague-" + UUID.randomUUID(), "kth", "staff");
        given().auth().oauth2(colleague).get("/outcomes/" + id).then().statusCode(404);
        given().auth().oauth2(colleague).get("/outcomes").then().body("total", equalTo(0));
        given().auth().oauth2(KTH_COORDINATOR).get("/outcomes/" + id).then().body("side", equalTo("EXTERNAL"));

        String planned = Exchanges.newId();
        Feed.publish("kth", Exchanges.planned(planned, "prog-o", "psn-o", LocalDate.now().plusDays(5),
                LocalDate.now().plusMonths(2), null));
        Exchanges.awaitState("kth", planned, "PLANNED");
        given().auth().oauth2(KTH_COORDINATOR).contentType(ContentType.JSON)
                .body(outcome("RECRUITMENT", "EXTERNAL", LocalDate.now(), null, null))
                .post("/exchanges/" + planned + "/outcomes").then().statusCode(409);
    }
}

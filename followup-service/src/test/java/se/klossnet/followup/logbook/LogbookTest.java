package se.klossnet.followup.logbook;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static se.klossnet.followup.Exchanges.KTH_COORDINATOR;
import static se.klossnet.followup.Exchanges.MAU_COORDINATOR;
import static se.klossnet.followup.Exchanges.MAU_STAFF;

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
import se.klossnet.events.followup.LogbookEntryAdded;
import se.klossnet.events.kafka.CloudEventsKafkaMapping;
import se.klossnet.followup.Exchanges;
import se.klossnet.followup.Feed;
import se.klossnet.testing.RealInfrastructure;
import se.klossnet.testing.TestTokens;
import se.klossnet.testing.TopicProbe;

@QuarkusTest
@QuarkusTestResource(RealInfrastructure.class)
class LogbookTest {

    private static String entry(LocalDate on, String text, String tags, Boolean shared, Long version) {
        return """
                {"writtenOn": "%s", "text": "%s", "tags": %s%s%s}
                """.formatted(on, text, tags, shared == null ? "" : ", \"shared\": " + shared,
                version == null ? "" : ", \"version\": " + version);
    }

    private static String write(Exchanges.Running exchange, String body) {
        return given().auth().oauth2(exchange.participant()).contentType(ContentType.JSON).body(body)
                .post("/exchanges/" + exchange.id() + "/logbook/entries").then().statusCode(201)
                .extract().path("id");
    }

    @Test
    void theParticipantWritesAndTheEventCarriesCountsOnly() {
        Exchanges.Running exchange = Exchanges.running("kth", "prog-logbook");
        String text = "Met the product team at the host; we planned a guest lecture for spring";
        String first = write(exchange, entry(exchange.startedOn().plusDays(1), text, "[\"teaching\", \"students\"]", null, null));
        String second = write(exchange, entry(exchange.startedOn().plusDays(2), "Second day, short note", "[]", null, null));

        try (TopicProbe probe = TopicProbe.of(RealInfrastructure.kafka().bootstrapServers(), Feed.followupTopic("kth"))) {
            List<ConsumerRecord<String, byte[]>> records = probe.awaitRecords(2, Duration.ofSeconds(20),
                    r -> exchange.id().equals(r.key()));
            assertThat(records).hasSize(2);
            LogbookEntryAdded added = (LogbookEntryAdded) CloudEventsKafkaMapping.fromRecord(records.get(0)).data();
            assertThat(added.entryId()).isEqualTo(first);
            assertThat(added.entryCount()).isEqualTo(1);
            assertThat(added.wordCount()).isEqualTo(14);
            assertThat(added.writtenOn()).isEqualTo(exchange.startedOn().plusDays(1));
            LogbookEntryAdded next = (LogbookEntryAdded) CloudEventsKafkaMapping.fromRecord(records.get(1)).data();
            assertThat(next.entryId()).isEqualTo(second);
            assertThat(next.entryCount()).isEqualTo(2);
            assertThat(new String(records.get(0).value(), StandardCharsets.UTF_8)).doesNotContain("guest lecture", "teaching");
            assertThat(probe.drain(Duration.ofMillis(500), r -> exchange.id().equals(r.key()))).hasSize(2);
        }
        given().auth().oauth2(exchange.participant()).get("/exchanges/" + exchange.id() + "/logbook").then()
                .statusCode(200).body("entryCount", equalTo(2)).body("open", equalTo(true))
                .body("firstWrittenOn", equalTo(exchange.startedOn().plusDays(1).toString()));
    }

    @Test
    void anEntryIsInvisibleToTheCoordinatorUntilSharedAndToAnotherInstitutionAlways() {
        Exchanges.Running exchange = Exchanges.running("kth", "prog-logbook");
        LocalDate day = exchange.startedOn().plusDays(3);
        String id = write(exchange, entry(day, "A private reflection about my manager", "[\"private\"]", null, null));
        String path = "/exchanges/" + exchange.id() + "/logbook/entries/" + id;

        given().auth().oauth2(KTH_COORDINATOR).get(path).then().statusCode(200)
                .body("writtenOn", equalTo(day.toString())).body("contentVisible", equalTo(false))
                .body("text", nullValue()).body("tags", nullValue());
        given().auth().oauth2(KTH_COORDINATOR).get("/exchanges/" + exchange.id() + "/logbook/entries").then()
                .statusCode(200).body("total", equalTo(1)).body("items[0].text", nullValue());
        // a coordinator cannot find private entries by their tags
        given().auth().oauth2(KTH_COORDINATOR).queryParam("tag", "private")
                .get("/exchanges/" + exchange.id() + "/logbook/entries").then().body("total", equalTo(0));
        given().auth().oauth2(KTH_COORDINATOR).get("/exchanges/" + exchange.id() + "/logbook").then()
                .body("entryCount", equalTo(1)).body("sharedCount", equalTo(0));

        given().auth().oauth2(exchange.participant()).contentType(ContentType.JSON)
                .body(entry(day, "A reflection I now share", "[\"shared-one\"]", true, 0L))
                .put(path).then().statusCode(200).body("shared", equalTo(true)).body("version", equalTo(1));
        given().auth().oauth2(KTH_COORDINATOR).get(path).then().statusCode(200)
                .body("text", equalTo("A reflection I now share")).body("tags", hasItem("shared-one"));
        given().auth().oauth2(KTH_COORDINATOR).queryParam("tag", "shared-one")
                .get("/exchanges/" + exchange.id() + "/logbook/entries").then().body("total", equalTo(1));

        for (String token : List.of(MAU_COORDINATOR, MAU_STAFF)) {
            given().auth().oauth2(token).get(path).then().statusCode(404).contentType("application/problem+json");
            given().auth().oauth2(token).get("/exchanges/" + exchange.id() + "/logbook/entries").then().statusCode(404);
            given().auth().oauth2(token).get("/exchanges/" + exchange.id() + "/logbook").then().statusCode(404);
        }
        String colleague = TestTokens.of("kth-colleague-" + UUID.randomUUID(), "kth", "staff");
        given().auth().oauth2(colleague).get(path).then().statusCode(404);
        given().auth().oauth2(colleague).contentType(ContentType.JSON).body(entry(day, "Not mine", "[]", null, null))
                .post("/exchanges/" + exchange.id() + "/logbook/entries").then().statusCode(404);
    }

    @Test
    void onlyTheParticipantWritesAndOnlyOnDaysOfTheExchange() {
        Exchanges.Running exchange = Exchanges.running("kth", "prog-logbook");
        String entries = "/exchanges/" + exchange.id() + "/logbook/entries";
        given().auth().oauth2(KTH_COORDINATOR).contentType(ContentType.JSON)
                .body(entry(LocalDate.now(), "Coordinator writing", "[]", null, null)).post(entries).then().statusCode(403);
        given().auth().oauth2(exchange.participant()).contentType(ContentType.JSON)
                .body(entry(exchange.startedOn().minusDays(1), "Before it began", "[]", null, null))
                .post(entries).then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("writtenOn"));
        given().auth().oauth2(exchange.participant()).contentType(ContentType.JSON)
                .body(entry(LocalDate.now().plusDays(2), "Tomorrow", "[]", null, null))
                .post(entries).then().statusCode(400).body("errors[0].field", equalTo("writtenOn"));
        given().auth().oauth2(exchange.participant()).contentType(ContentType.JSON)
                .body("{\"writtenOn\": \"yesterday\", \"text\": \"x\"}").post(entries).then().statusCode(400)
                .body("errors[0].field", equalTo("writtenOn"));
        given().auth().oauth2(exchange.participant()).contentType(ContentType.JSON)
                .body("{\"text\": \"\", \"tags\": [\"\"]}").post(entries).then().statusCode(400)
                .body("errors.field", hasItem("writtenOn")).body("errors.field", hasItem("text"));
        given().auth().oauth2(exchange.participant()).queryParam("from", "31-12-2025").get(entries).then()
                .statusCode(400).body("errors[0].field", equalTo("from"));

        String planned = Exchanges.newId();
        Feed.publish("kth", Exchanges.planned(planned, "prog-logbook", "psn-p", LocalDate.now().plusDays(10),
                LocalDate.now().plusMonths(3), null));
        Exchanges.awaitState("kth", planned, "PLANNED");
        String username = "kth-planned-" + UUID.randomUUID();
        Exchanges.linkParticipant("kth", planned, username);
        given().auth().oauth2(TestTokens.of(username, "kth", "staff")).contentType(ContentType.JSON)
                .body(entry(LocalDate.now(), "Too early", "[]", null, null))
                .post("/exchanges/" + planned + "/logbook/entries").then().statusCode(409)
                .body("type", equalTo("urn:kloss:problem:state-conflict"));
    }

    @Test
    void aStaleRevisionIsAConflict() {
        Exchanges.Running exchange = Exchanges.running("kth", "prog-logbook");
        String id = write(exchange, entry(LocalDate.now(), "Original", "[]", null, null));
        String path = "/exchanges/" + exchange.id() + "/logbook/entries/" + id;
        given().auth().oauth2(exchange.participant()).contentType(ContentType.JSON)
                .body(entry(LocalDate.now(), "Revised", "[]", false, 0L)).put(path).then().statusCode(200);
        given().auth().oauth2(exchange.participant()).contentType(ContentType.JSON)
                .body(entry(LocalDate.now(), "Lost update", "[]", false, 0L)).put(path).then().statusCode(409)
                .contentType("application/problem+json");
        given().auth().oauth2(exchange.participant()).contentType(ContentType.JSON)
                .body(entry(LocalDate.now(), "No version", "[]", false, null)).put(path).then().statusCode(400)
                .body("errors[0].field", equalTo("version"));
        given().auth().oauth2(exchange.participant()).get(path).then().body("text", equalTo("Revised"));
    }
}

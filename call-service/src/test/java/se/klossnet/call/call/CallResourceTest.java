package se.klossnet.call.call;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static se.klossnet.call.Fixtures.KTH_COORDINATOR;
import static se.klossnet.call.Fixtures.KTH_STAFF;
import static se.klossnet.call.Fixtures.amount;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import se.klossnet.call.Fixtures;
import se.klossnet.events.call.CallClosed;
import se.klossnet.events.call.CallPublished;
import se.klossnet.events.kafka.CloudEventsKafkaMapping;
import se.klossnet.testing.RealInfrastructure;
import se.klossnet.testing.TopicProbe;

@QuarkusTest
@QuarkusTestResource(RealInfrastructure.class)
class CallResourceTest {

    private static final Instant IN_30_DAYS = Instant.now().plus(30, ChronoUnit.DAYS);

    private static String draft(String body) {
        return given().auth().oauth2(KTH_COORDINATOR).contentType(ContentType.JSON).body(body)
                .post("/calls").then().statusCode(201).extract().path("id");
    }

    @Test
    void aDraftTakesTheDefaultsAndPublishingAnnouncesItOnce() {
        String programme = Fixtures.programme(KTH_COORDINATOR, "OUTBOUND");
        String id = given().auth().oauth2(KTH_COORDINATOR).contentType(ContentType.JSON)
                .body(Fixtures.callBody(programme, IN_30_DAYS, "1200000"))
                .post("/calls").then().statusCode(201)
                .body("status", equalTo("DRAFT"))
                .body("direction", equalTo("OUTBOUND"))
                .body("criteria.key", contains("strategic-relevance", "mutual-value", "endorsement", "dissemination-plan"))
                .body("criteria.weight", contains(30, 30, 20, 20))
                .body("reviewersPerApplication", equalTo(2))
                .body("endorsementRequired", equalTo(true))
                .extract().path("id");
        given().auth().oauth2(KTH_COORDINATOR).post("/calls/" + id + "/publish").then().statusCode(200)
                .body("status", equalTo("OPEN"));
        given().auth().oauth2(KTH_COORDINATOR).post("/calls/" + id + "/publish").then().statusCode(409)
                .contentType("application/problem+json");

        try (TopicProbe probe = TopicProbe.of(RealInfrastructure.kafka().bootstrapServers(), "kloss.kth.call.v1")) {
            List<ConsumerRecord<String, byte[]>> records = probe.awaitRecords(1, Duration.ofSeconds(20), r -> id.equals(r.key()));
            CallPublished event = (CallPublished) CloudEventsKafkaMapping.fromRecord(records.get(0)).data();
            assertThat(event.programmeId()).isEqualTo(programme);
            assertThat(event.budgetSek()).isEqualByComparingTo("1200000");
            assertThat(probe.drain(Duration.ofSeconds(1), r -> id.equals(r.key()))).hasSize(1);
        }
    }

    @Test
    void publishingRefusesAnUnfinishedDraftNamingEachRule() {
        String programme = Fixtures.programme(KTH_COORDINATOR, "OUTBOUND");
        String body = Fixtures.callBody(programme, IN_30_DAYS, "0").replace("}\n", ", \"criteria\": ["
                + "{\"key\": \"relevance\", \"label\": \"Relevance\", \"weight\": 60},"
                + "{\"key\": \"value\", \"label\": \"Value\", \"weight\": 30}]}\n");
        String id = draft(body);
        given().auth().oauth2(KTH_COORDINATOR).post("/calls/" + id + "/publish").then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("budgetSek", "criteria"));
        given().auth().oauth2(KTH_COORDINATOR).get("/calls/" + id).then().body("status", equalTo("DRAFT"));
    }

    @Test
    void aCallClosesByItselfAtItsDeadline() {
        String programme = Fixtures.programme(KTH_COORDINATOR, "OUTBOUND");
        String id = Fixtures.openCall(KTH_COORDINATOR, programme, Instant.now().plusSeconds(5), "500000");
        Fixtures.submittedApplication(KTH_STAFF, id);
        given().auth().oauth2(KTH_COORDINATOR).get("/calls/" + id).then().body("status", equalTo("OPEN"));

        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(250)).untilAsserted(() ->
                given().auth().oauth2(KTH_COORDINATOR).get("/calls/" + id).then().body("status", equalTo("CLOSED")));
        given().auth().oauth2(KTH_COORDINATOR).get("/calls/" + id).then().body("closedByDeadline", equalTo(true));
        given().auth().oauth2(KTH_STAFF).contentType(ContentType.JSON).body(Fixtures.applicationBody())
                .post("/calls/" + id + "/applications").then().statusCode(409);

        try (TopicProbe probe = TopicProbe.of(RealInfrastructure.kafka().bootstrapServers(), "kloss.kth.call.v1")) {
            probe.awaitRecords(2, Duration.ofSeconds(20), r -> id.equals(r.key()));
            List<ConsumerRecord<String, byte[]>> records = probe.drain(Duration.ofSeconds(2), r -> id.equals(r.key()));
            assertThat(records).hasSize(2);
            CallClosed closed = (CallClosed) CloudEventsKafkaMapping.fromRecord(records.get(1)).data();
            assertThat(closed.byDeadline()).isTrue();
            assertThat(closed.applicationCount()).isEqualTo(1);
        }
    }

    @Inject
    CallDeadlines deadlines;

    @Test
    void theCloserClosesADueCallOnceAndNothingBeforeItsDeadline() {
        Instant deadline = Instant.now().plus(30, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
        String id = Fixtures.openCall(KTH_COORDINATOR, Fixtures.programme(KTH_COORDINATOR, "OUTBOUND"), deadline, "500000");

        deadlines.closeDue(deadline.minusMillis(1));
        given().auth().oauth2(KTH_COORDINATOR).get("/calls/" + id).then().body("status", equalTo("OPEN"));
        assertThat(deadlines.closeDue(deadline)).isGreaterThanOrEqualTo(1);
        given().auth().oauth2(KTH_COORDINATOR).get("/calls/" + id).then().body("status", equalTo("CLOSED"))
                .body("closedByDeadline", equalTo(true));
        assertThat(deadlines.closeDue(deadline.plusSeconds(1))).isZero();
    }

    @Test
    void openCallsAreListedWithoutATokenAndNothingElseIs() {
        String programme = Fixtures.programme(KTH_COORDINATOR, "INBOUND");
        String open = Fixtures.openCall(KTH_COORDINATOR, programme, IN_30_DAYS, "400000");
        String draft = draft(Fixtures.callBody(programme, IN_30_DAYS, "400000"));

        given().queryParam("institution", "kth").queryParam("size", 100).get("/public/calls").then().statusCode(200)
                .body("items.id", hasItem(open))
                .body("items.id", not(hasItem(draft)))
                .body("items.institution", everyItem(equalTo("kth")));
        given().get("/public/calls/" + open).then().statusCode(200).body("programmeName", equalTo("Programme INBOUND"))
                .body("title.en", equalTo("PAUS call"));
        given().get("/public/calls/" + draft).then().statusCode(404).contentType("application/problem+json");
        given().queryParam("institution", "nowhere").get("/public/calls").then().statusCode(404);
        given().get("/public/calls").then().statusCode(400).body("errors.field", hasItem("institution"));
        given().get("/calls").then().statusCode(401);
        given().get("/calls/" + open).then().statusCode(401);
    }

    @Test
    void theListFiltersSortsAndPages() {
        String programme = Fixtures.programme(KTH_COORDINATOR, "OUTBOUND");
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String early = draft(Fixtures.callBody(programme, Instant.now().plus(10, ChronoUnit.DAYS), "200000")
                .replace("PAUS call", "Early " + marker));
        String late = draft(Fixtures.callBody(programme, Instant.now().plus(90, ChronoUnit.DAYS), "200000")
                .replace("PAUS call", "Late " + marker));
        given().auth().oauth2(KTH_COORDINATOR).post("/calls/" + late + "/publish").then().statusCode(200);

        given().auth().oauth2(KTH_COORDINATOR).queryParam("q", marker.toUpperCase()).queryParam("sort", "closesAt")
                .get("/calls").then().statusCode(200).body("items.id", contains(early, late)).body("total", equalTo(2));
        given().auth().oauth2(KTH_COORDINATOR).queryParam("q", marker).queryParam("sort", "-closesAt")
                .get("/calls").then().body("items.id", contains(late, early));
        given().auth().oauth2(KTH_COORDINATOR).queryParam("q", marker).queryParam("status", "OPEN")
                .get("/calls").then().body("items.id", contains(late));
        given().auth().oauth2(KTH_COORDINATOR).queryParam("programmeId", programme).queryParam("size", 1)
                .queryParam("sort", "closesAt").get("/calls").then()
                .body("items.id", contains(early)).body("total", equalTo(2)).body("size", equalTo(1));
        given().auth().oauth2(KTH_COORDINATOR).queryParam("q", marker)
                .queryParam("from", Instant.now().plus(30, ChronoUnit.DAYS).toString())
                .get("/calls").then().body("items.id", contains(late));
        given().auth().oauth2(KTH_COORDINATOR).queryParam("q", marker)
                .queryParam("to", java.time.LocalDate.now().minusDays(2).toString())
                .get("/calls").then().body("total", equalTo(0));
        // Drafts are the coordinators' work in progress.
        given().auth().oauth2(KTH_STAFF).queryParam("q", marker).get("/calls").then().body("items.id", contains(late));
        given().auth().oauth2(KTH_STAFF).get("/calls/" + early).then().statusCode(404);

        given().auth().oauth2(KTH_COORDINATOR).queryParam("sort", "secret").get("/calls").then().statusCode(400)
                .body("errors.field", hasItem("sort"));
        given().auth().oauth2(KTH_COORDINATOR).queryParam("status", "PENDING").get("/calls").then().statusCode(400)
                .body("errors.field", hasItem("status"));
        given().auth().oauth2(KTH_COORDINATOR).queryParam("from", "soon").get("/calls").then().statusCode(400)
                .body("errors.field", hasItem("from"));
    }

    @Test
    void aStaleRevisionIsAConflictAndOnlyDraftsAreRevised() {
        String programme = Fixtures.programme(KTH_COORDINATOR, "OUTBOUND");
        String id = draft(Fixtures.callBody(programme, IN_30_DAYS, "150000"));
        String revised = Fixtures.callBody(programme, IN_30_DAYS, "200000").replace("}\n", ", \"version\": 0}\n");
        given().auth().oauth2(KTH_COORDINATOR).contentType(ContentType.JSON).body(revised)
                .put("/calls/" + id).then().statusCode(200).body("version", equalTo(1)).body("budgetSek", amount("200000"));
        given().auth().oauth2(KTH_COORDINATOR).contentType(ContentType.JSON).body(revised)
                .put("/calls/" + id).then().statusCode(409).body("type", equalTo("urn:kloss:problem:stale-update"));
        given().auth().oauth2(KTH_COORDINATOR).contentType(ContentType.JSON).body(Fixtures.callBody(programme, IN_30_DAYS, "300000"))
                .put("/calls/" + id).then().statusCode(400);

        given().auth().oauth2(KTH_COORDINATOR).post("/calls/" + id + "/publish").then().statusCode(200);
        given().auth().oauth2(KTH_COORDINATOR).contentType(ContentType.JSON).body(revised.replace("\"version\": 0", "\"version\": 2"))
                .put("/calls/" + id).then().statusCode(409).body("type", equalTo("urn:kloss:problem:state-conflict"));
    }

    @Test
    void aClosedCallWithoutApplicationsIsDecidedByHandAndArchived() {
        String call = Fixtures.openKthCall();
        given().auth().oauth2(KTH_COORDINATOR).post("/calls/" + call + "/decide").then().statusCode(409);
        Fixtures.close(call);
        given().auth().oauth2(KTH_COORDINATOR).post("/calls/" + call + "/archive").then().statusCode(409);
        given().auth().oauth2(KTH_COORDINATOR).post("/calls/" + call + "/decide").then().statusCode(200)
                .body("status", equalTo("DECIDED"));
        given().auth().oauth2(KTH_COORDINATOR).post("/calls/" + call + "/archive").then().statusCode(200)
                .body("status", equalTo("ARCHIVED"));
    }

    @Test
    void aClosedCallWithAnUndecidedApplicationCannotBeMarkedDecided() {
        String call = Fixtures.openKthCall();
        Fixtures.submittedApplication(KTH_STAFF, call);
        Fixtures.close(call);
        given().auth().oauth2(KTH_COORDINATOR).post("/calls/" + call + "/decide").then().statusCode(409)
                .body("detail", org.hamcrest.Matchers.containsString("1 application(s)"));
    }

    @Test
    void theApiIsDescribedInOpenApiWithExamples() {
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("paths.'/calls/{id}/publish'.post.summary", equalTo("Publish (DRAFT → OPEN)"))
                .body("paths.'/public/calls'.get.summary", equalTo("An institution's open calls"))
                .body("paths.'/calls'.post.requestBody.content.'application/json'.examples.'PAUS call'.value.budgetSek",
                        equalTo(1200000))
                .body("paths.'/applications/{id}/decision'.post.requestBody.content.'application/json'.examples.grant.value.outcome",
                        equalTo("GRANT"))
                .body("paths.'/calls/{callId}/applications'.post.requestBody.content.'application/json'.examples",
                        org.hamcrest.Matchers.hasKey("Outbound to Saab"))
                .body("paths.'/applications/{id}/decision'.post.responses.'422'.description",
                        org.hamcrest.Matchers.containsString("how much is left"));
    }
}

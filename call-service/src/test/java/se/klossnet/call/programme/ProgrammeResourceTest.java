package se.klossnet.call.programme;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import se.klossnet.events.kafka.CloudEventsKafkaMapping;
import se.klossnet.events.call.ProgrammeCreated;
import se.klossnet.testing.RealInfrastructure;
import se.klossnet.testing.TestTokens;
import se.klossnet.testing.TopicProbe;

@QuarkusTest
@QuarkusTestResource(RealInfrastructure.class)
class ProgrammeResourceTest {

    private static final String KTH_COORDINATOR = TestTokens.of("kth-coordinator", "kth", "coordinator");
    private static final String MAU_COORDINATOR = TestTokens.of("mau-coordinator", "mau", "coordinator");

    private static String body(String name, String direction, String budget) {
        return """
                {"name": "%s", "direction": "%s", "fundingSource": "VINNOVA",
                 "themes": ["teaching", "student involvement"], "budgetSek": %s}
                """.formatted(name, direction, budget);
    }

    private static String create(String token, String name, String direction) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body(name, direction, "2500000"))
                .post("/programmes").then().statusCode(201).extract().path("id");
    }

    @Test
    void aCoordinatorCreatesAProgrammeAndItsEventIsPublishedOnce() {
        String id = given().auth().oauth2(KTH_COORDINATOR).contentType(ContentType.JSON)
                .body(body("PAUS 2027", "OUTBOUND", "2500000"))
                .post("/programmes").then().statusCode(201)
                .header("Location", startsWith("http"))
                .body("institution", equalTo("kth"))
                .body("version", equalTo(0))
                .extract().path("id");

        try (TopicProbe probe = TopicProbe.of(RealInfrastructure.kafka().bootstrapServers(), "kloss.kth.call.v1")) {
            List<ConsumerRecord<String, byte[]>> records = probe.awaitRecords(1, Duration.ofSeconds(20), r -> id.equals(r.key()));
            assertThat(records).hasSize(1);
            ProgrammeCreated event = (ProgrammeCreated) CloudEventsKafkaMapping.fromRecord(records.get(0)).data();
            assertThat(event.name()).isEqualTo("PAUS 2027");
            assertThat(event.themes()).containsExactly("teaching", "student involvement");
            assertThat(new String(records.get(0).headers().lastHeader("ce_source").value(), StandardCharsets.UTF_8))
                    .isEqualTo("/institutions/kth/call-service");
            assertThat(probe.drain(Duration.ofSeconds(1), r -> id.equals(r.key()))).hasSize(1);
        }
    }

    @Test
    void theListPagesAndFiltersWithinTheCallersInstitution() {
        create(KTH_COORDINATOR, "Affilierad kompetens", "INBOUND");
        create(KTH_COORDINATOR, "AkUt", "OUTBOUND");
        create(MAU_COORDINATOR, "Mau inbound", "INBOUND");

        given().auth().oauth2(TestTokens.of("kth-staff", "kth", "staff"))
                .queryParam("direction", "INBOUND").queryParam("size", 50)
                .get("/programmes").then().statusCode(200)
                .body("items.direction", everyItem(equalTo("INBOUND")))
                .body("items.institution", everyItem(equalTo("kth")))
                .body("items.name", hasItem("Affilierad kompetens"))
                .body("size", equalTo(50));
        given().auth().oauth2(KTH_COORDINATOR).queryParam("size", 1).get("/programmes").then().statusCode(200)
                .body("items.size()", equalTo(1));
        given().auth().oauth2(KTH_COORDINATOR).queryParam("size", 500).get("/programmes").then().statusCode(400)
                .body("errors.field", hasItem("size"));
    }

    @Test
    void onlyACoordinatorCreates() {
        given().auth().oauth2(TestTokens.of("kth-staff", "kth", "staff")).contentType(ContentType.JSON)
                .body(body("Sneaky", "OUTBOUND", "1")).post("/programmes").then().statusCode(403);
    }

    @Test
    void invalidTermsAreRefusedNamingEachField() {
        given().auth().oauth2(KTH_COORDINATOR).contentType(ContentType.JSON)
                .body("{\"name\": \"\", \"fundingSource\": \"VINNOVA\", \"themes\": [], \"budgetSek\": -5}")
                .post("/programmes").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("name", "direction", "budgetSek"));
        given().auth().oauth2(KTH_COORDINATOR).contentType(ContentType.JSON)
                .body(body("X", "SIDEWAYS", "1")).post("/programmes").then().statusCode(400)
                .body("errors[0].field", equalTo("direction"));
    }

    @Test
    void anotherInstitutionCannotReadOrReviseAProgramme() {
        String id = create(KTH_COORDINATOR, "KTH only", "OUTBOUND");
        given().auth().oauth2(MAU_COORDINATOR).get("/programmes/" + id).then().statusCode(404);
        given().auth().oauth2(MAU_COORDINATOR).contentType(ContentType.JSON)
                .body(body("Taken", "OUTBOUND", "1").replace("}", ", \"version\": 0}"))
                .put("/programmes/" + id).then().statusCode(404);
        given().auth().oauth2(KTH_COORDINATOR).get("/programmes/" + id).then().statusCode(200)
                .body("name", equalTo("KTH only"));
    }

    @Test
    void aStaleRevisionIsAConflict() {
        String id = create(KTH_COORDINATOR, "Versioned", "ALLIANCE");
        String revised = body("Versioned, revised", "ALLIANCE", "3000000").replace("}", ", \"version\": 0}");
        given().auth().oauth2(KTH_COORDINATOR).contentType(ContentType.JSON).body(revised)
                .put("/programmes/" + id).then().statusCode(200).body("version", equalTo(1));
        given().auth().oauth2(KTH_COORDINATOR).contentType(ContentType.JSON).body(revised.replace("revised", "lost"))
                .put("/programmes/" + id).then().statusCode(409).contentType("application/problem+json");
        given().auth().oauth2(KTH_COORDINATOR).get("/programmes/" + id).then()
                .body("name", equalTo("Versioned, revised"));
    }

    @Test
    void theListFindsByTextAndSorts() {
        String marker = java.util.UUID.randomUUID().toString().substring(0, 8);
        String beta = create(KTH_COORDINATOR, "Beta " + marker, "OUTBOUND");
        String alpha = create(KTH_COORDINATOR, "Alpha " + marker, "INBOUND");
        given().auth().oauth2(KTH_COORDINATOR).queryParam("q", marker.toUpperCase()).queryParam("sort", "name")
                .get("/programmes").then().statusCode(200).body("items.id", contains(alpha, beta));
        given().auth().oauth2(KTH_COORDINATOR).queryParam("q", marker).queryParam("sort", "-name")
                .get("/programmes").then().body("items.id", contains(beta, alpha));
        given().auth().oauth2(KTH_COORDINATOR).queryParam("q", marker).queryParam("direction", "INBOUND")
                .get("/programmes").then().body("items.id", contains(alpha));
        given().auth().oauth2(KTH_COORDINATOR).queryParam("sort", "secret").get("/programmes").then().statusCode(400)
                .body("errors.field", hasItem("sort"));
        given().auth().oauth2(KTH_COORDINATOR).queryParam("direction", "SIDEWAYS").get("/programmes").then().statusCode(400)
                .body("errors.field", hasItem("direction"));
    }
}

package se.klossnet.call.privacy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static se.klossnet.call.Fixtures.KTH_COORDINATOR;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import se.klossnet.call.Fixtures;
import se.klossnet.testing.RealInfrastructure;
import se.klossnet.testing.TestTokens;
import se.klossnet.testing.TopicProbe;

/**
 * The call-service as the node's person register and privacy coordinator, on real PostgreSQL and Kafka. In module
 * tests no other service is configured, so a request completes when the call-service itself has confirmed it.
 */
@QuarkusTest
@QuarkusTestResource(RealInfrastructure.class)
class PrivacyTest {

    private static final String KTH_PRIVACY = TestTokens.of("kth-privacy", "kth", "privacy");
    private static final String MAU_PRIVACY = TestTokens.of("mau-privacy", "mau", "privacy");

    /** A staff member of their own, with an application whose free text is unique to this test. */
    private record Applicant(String token, String pseudonym, String application, String secret) {
    }

    private static Applicant applicant() {
        String username = "kth-staff-" + UUID.randomUUID();
        String token = TestTokens.of(username, "kth", "staff");
        String secret = "Hemlig plan " + UUID.randomUUID();
        String call = Fixtures.openKthCall();
        String application = Fixtures.draftApplication(token, call, Fixtures.applicationBody()
                .replace("Develop a course module with industry cases.", secret)
                .replace("Two master's theses at Saab.", secret + " with students"));
        given().auth().oauth2(token).post("/applications/" + application + "/submit").then().statusCode(200);
        String pseudonym = given().auth().oauth2(token).get("/persons/me").then().statusCode(200)
                .body("institution", equalTo("kth")).body("pseudonym", startsWith("psn-")).extract().path("pseudonym");
        return new Applicant(token, pseudonym, application, secret);
    }

    private static String awaitStatus(String location, String token, String status) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() ->
                status.equals(given().auth().oauth2(token).get(location).then().statusCode(200).extract()
                        .path("status")));
        return location;
    }

    @Test
    void theRegisterGivesEachPersonOneRandomPseudonymThatNeverChanges() {
        String token = TestTokens.of("kth-register-" + UUID.randomUUID(), "kth", "staff");
        String first = given().auth().oauth2(token).get("/persons/me").then().statusCode(200).extract().path("pseudonym");
        String again = given().auth().oauth2(token).get("/persons/me").then().statusCode(200).extract().path("pseudonym");
        String other = given().auth().oauth2(TestTokens.of("kth-register-" + UUID.randomUUID(), "kth", "staff"))
                .get("/persons/me").then().statusCode(200).extract().path("pseudonym");

        assertThat(first).matches("psn-[0-9a-f-]{36}").isEqualTo(again).isNotEqualTo(other);
        given().get("/persons/me").then().statusCode(401);
    }

    @Test
    void anErasureAnonymisesThePersonsTextKeepsTheRecordAndIsRecorded() {
        Applicant a = applicant();
        String location = given().auth().oauth2(KTH_PRIVACY).contentType(ContentType.JSON)
                .body("{\"personPseudonym\": \"" + a.pseudonym() + "\"}").post("/privacy/erasures").then()
                .statusCode(202).body("kind", equalTo("ERASURE")).body("personPseudonym", equalTo(a.pseudonym()))
                .extract().header("Location");

        awaitStatus(location, KTH_PRIVACY, "COMPLETE");
        String requestedBy = given().auth().oauth2(KTH_PRIVACY).get("/persons/me").then().extract().path("pseudonym");
        given().auth().oauth2(KTH_PRIVACY).get(location).then().body("requestedBy", equalTo(requestedBy))
                .body("confirmations[0].service", equalTo("call-service"))
                .body("confirmations[0].outcome", equalTo("ERASED"));
        String application = given().auth().oauth2(KTH_COORDINATOR).get("/applications/" + a.application()).then()
                .statusCode(200).body("applicantPseudonym", equalTo(a.pseudonym())).extract().asString();
        assertThat(application).doesNotContain(a.secret()).contains("[erased]");
        // The person is no longer linked to the pseudonym: logging in again makes a new person.
        String afterwards = given().auth().oauth2(a.token()).get("/persons/me").then().extract().path("pseudonym");
        assertThat(afterwards).isNotEqualTo(a.pseudonym());
    }

    @Test
    void onlyAPrivacyOfficerOfTheInstitutionMayEraseOrReadAnErasure() {
        Applicant a = applicant();
        String body = "{\"personPseudonym\": \"" + a.pseudonym() + "\"}";
        given().auth().oauth2(a.token()).contentType(ContentType.JSON).body(body).post("/privacy/erasures").then()
                .statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(KTH_PRIVACY).contentType(ContentType.JSON).body("{\"personPseudonym\": \"psn-"
                + UUID.randomUUID() + "\"}").post("/privacy/erasures").then().statusCode(404);
        given().auth().oauth2(KTH_PRIVACY).contentType(ContentType.JSON).body("{\"personPseudonym\": \"kth-staff\"}")
                .post("/privacy/erasures").then().statusCode(400).body("errors[0].field", equalTo("personPseudonym"));
        String location = given().auth().oauth2(KTH_PRIVACY).contentType(ContentType.JSON).body(body)
                .post("/privacy/erasures").then().statusCode(202).extract().header("Location");
        given().auth().oauth2(MAU_PRIVACY).get(location).then().statusCode(404);
    }

    @Test
    void aPrivacyOfficerCannotNameAPersonOfAnotherInstitutionOnTheSameNode() {
        Applicant kthPerson = applicant();
        String body = "{\"personPseudonym\": \"" + kthPerson.pseudonym() + "\"}";
        // this node hosts kth and mau; to mau's officer, kth's person does not exist
        given().auth().oauth2(MAU_PRIVACY).contentType(ContentType.JSON).body(body).post("/privacy/erasures").then()
                .statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(MAU_PRIVACY).contentType(ContentType.JSON).body(body).post("/privacy/exports").then()
                .statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(KTH_COORDINATOR).get("/applications/" + kthPerson.application()).then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString(kthPerson.secret()));
    }

    @Test
    void aPersonGetsAnExportOfTheirApplicationAsJsonAndHtml() {
        Applicant a = applicant();
        String location = given().auth().oauth2(a.token()).contentType(ContentType.JSON).body("{}")
                .post("/privacy/exports").then().statusCode(202).body("personPseudonym", equalTo(a.pseudonym()))
                .extract().header("Location");
        awaitStatus(location, a.token(), "COMPLETE");

        given().auth().oauth2(a.token()).get(location + "/document").then().statusCode(200)
                .body("personPseudonym", equalTo(a.pseudonym()))
                .body("services.'call-service'.applications[0].id", equalTo(a.application()))
                .body("services.'call-service'.applications[0].purpose", equalTo(a.secret()));
        String html = given().auth().oauth2(a.token()).get(location + "/document.html").then().statusCode(200)
                .contentType(ContentType.HTML).extract().asString();
        assertThat(html).contains(a.secret()).contains("call-service");
        // Someone else's export is not theirs to read, nor to ask for.
        Applicant other = applicant();
        given().auth().oauth2(other.token()).get(location).then().statusCode(404);
        given().auth().oauth2(other.token()).contentType(ContentType.JSON)
                .body("{\"personPseudonym\": \"" + a.pseudonym() + "\"}").post("/privacy/exports").then().statusCode(404);
        given().auth().oauth2(KTH_PRIVACY).get(location + "/document").then().statusCode(200);
    }

    @Test
    void thePrivacyTopicCarriesPseudonymsAndCountsButNoTextOrName() {
        Applicant a = applicant();
        try (TopicProbe probe = new TopicProbe(RealInfrastructure.kafka().bootstrapServers(),
                Pattern.compile("kloss\\.kth\\.privacy\\.v1"))) {
            String export = given().auth().oauth2(a.token()).contentType(ContentType.JSON).body("{}")
                    .post("/privacy/exports").then().statusCode(202).extract().path("id");
            String erasure = given().auth().oauth2(KTH_PRIVACY).contentType(ContentType.JSON)
                    .body("{\"personPseudonym\": \"" + a.pseudonym() + "\"}").post("/privacy/erasures").then()
                    .statusCode(202).extract().path("id");
            List<ConsumerRecord<String, byte[]>> records = probe.awaitRecords(4, Duration.ofSeconds(30),
                    r -> r.key().equals(export) || r.key().equals(erasure));
            assertThat(records).hasSize(4);
            for (ConsumerRecord<String, byte[]> record : records) {
                String payload = new String(record.value(), StandardCharsets.UTF_8);
                assertThat(payload).doesNotContain(a.secret()).doesNotContain("kth-staff-").doesNotContain("@");
            }
        }
    }
}

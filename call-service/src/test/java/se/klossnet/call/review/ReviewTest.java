package se.klossnet.call.review;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static se.klossnet.call.Fixtures.KTH_COORDINATOR;
import static se.klossnet.call.Fixtures.KTH_REVIEWER;
import static se.klossnet.call.Fixtures.KTH_REVIEWER_2;
import static se.klossnet.call.Fixtures.KTH_STAFF;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import se.klossnet.call.Fixtures;
import se.klossnet.testing.RealInfrastructure;
import se.klossnet.testing.TestTokens;

@QuarkusTest
@QuarkusTestResource(RealInfrastructure.class)
class ReviewTest {

    private static String assign(String application, String reviewer) {
        return given().auth().oauth2(KTH_COORDINATOR).contentType(ContentType.JSON)
                .body("{\"reviewers\": [\"" + reviewer + "\"]}")
                .post("/applications/" + application + "/reviews").then().statusCode(200).extract().path("[0].id");
    }

    private static String endorsedApplicationOfAClosedCall() {
        String call = Fixtures.openKthCall();
        String application = Fixtures.submittedApplication(KTH_STAFF, call);
        Fixtures.endorse(application);
        Fixtures.close(call);
        return application;
    }

    private static String scores(long version, int first) {
        return """
                {"version": %d, "scores": [
                  {"criterion": "strategic-relevance", "score": %d, "comment": "c"},
                  {"criterion": "mutual-value", "score": 3, "comment": "c"},
                  {"criterion": "endorsement", "score": 3, "comment": "c"},
                  {"criterion": "dissemination-plan", "score": 3, "comment": "c"}]}
                """.formatted(version, first);
    }

    @Test
    void reviewersAreAssignedAfterTheDeadlineToEndorsedApplicationsOnly() {
        String call = Fixtures.openKthCall();
        String endorsed = Fixtures.submittedApplication(KTH_STAFF, call);
        Fixtures.endorse(endorsed);
        String notEndorsed = Fixtures.submittedApplication(KTH_STAFF, call);
        String body = "{\"reviewers\": [\"kth-reviewer\"]}";
        given().auth().oauth2(KTH_COORDINATOR).contentType(ContentType.JSON).body(body)
                .post("/applications/" + endorsed + "/reviews").then().statusCode(409);

        Fixtures.close(call);
        given().auth().oauth2(KTH_COORDINATOR).contentType(ContentType.JSON).body(body)
                .post("/applications/" + notEndorsed + "/reviews").then().statusCode(409);
        given().auth().oauth2(KTH_COORDINATOR).contentType(ContentType.JSON).body("{\"reviewers\": [\"kth-staff\"]}")
                .post("/applications/" + endorsed + "/reviews").then().statusCode(409); // the applicant
        given().auth().oauth2(KTH_COORDINATOR).contentType(ContentType.JSON)
                .body("{\"reviewers\": [\"kth-reviewer\", \"kth-reviewer-2\", \"kth-reviewer-3\"]}")
                .post("/applications/" + endorsed + "/reviews").then().statusCode(409); // 2 per application
        given().auth().oauth2(KTH_COORDINATOR).contentType(ContentType.JSON).body(body)
                .post("/applications/" + endorsed + "/reviews").then().statusCode(200);
        given().auth().oauth2(KTH_COORDINATOR).contentType(ContentType.JSON).body(body)
                .post("/applications/" + endorsed + "/reviews").then().statusCode(409); // already assigned
        given().auth().oauth2(KTH_REVIEWER).contentType(ContentType.JSON).body("{\"reviewers\": [\"kth-reviewer-2\"]}")
                .post("/applications/" + endorsed + "/reviews").then().statusCode(403);
    }

    @Test
    void aReviewerSeesNoDetailsBeforeDeclaring() {
        String application = endorsedApplicationOfAClosedCall();
        String review = assign(application, "kth-reviewer");

        given().auth().oauth2(KTH_REVIEWER).get("/reviews/" + review).then().statusCode(200)
                .body("status", equalTo("AWAITING_DECLARATION"))
                .body("application", nullValue())
                .body("conflictCheck.applicant", equalTo("kth-staff"))
                .body("conflictCheck.hostOrganisation", equalTo("Saab AB"));
        String raw = given().auth().oauth2(KTH_REVIEWER).get("/reviews/" + review).asString();
        assertThat(raw).doesNotContain("course module", "80000", "master's theses", "Saab gets research methods");
        given().auth().oauth2(KTH_REVIEWER).queryParam("size", 100).get("/reviews").then().statusCode(200)
                .body("items.id", hasItem(review)).body("items.find { it.id == '" + review + "' }.application", nullValue());
        given().auth().oauth2(KTH_REVIEWER).contentType(ContentType.JSON).body(scores(0, 4))
                .put("/reviews/" + review + "/scores").then().statusCode(409);
        // Another reviewer does not see this assignment at all.
        given().auth().oauth2(KTH_REVIEWER_2).get("/reviews/" + review).then().statusCode(404);
        given().auth().oauth2(KTH_REVIEWER_2).contentType(ContentType.JSON).body("{\"conflict\": \"NONE\"}")
                .post("/reviews/" + review + "/declaration").then().statusCode(404);

        given().auth().oauth2(KTH_REVIEWER).contentType(ContentType.JSON).body("{\"conflict\": \"NONE\"}")
                .post("/reviews/" + review + "/declaration").then().statusCode(200)
                .body("status", equalTo("CLEARED"))
                .body("application.purpose", equalTo("Develop a course module with industry cases."))
                .body("application.budget.salarySek", notNullValue());
        given().auth().oauth2(KTH_REVIEWER).contentType(ContentType.JSON).body("{\"conflict\": \"NONE\"}")
                .post("/reviews/" + review + "/declaration").then().statusCode(409);
    }

    @Test
    void aConflictedReviewerCannotScoreAndMakesRoomForAnother() {
        String application = endorsedApplicationOfAClosedCall();
        String review = assign(application, "kth-reviewer");
        assign(application, "kth-reviewer-2");
        given().auth().oauth2(KTH_REVIEWER).contentType(ContentType.JSON).body("{\"conflict\": \"CONFLICT\"}")
                .post("/reviews/" + review + "/declaration").then().statusCode(400).body("errors.field", hasItem("reason"));
        given().auth().oauth2(KTH_REVIEWER).contentType(ContentType.JSON)
                .body("{\"conflict\": \"CONFLICT\", \"reason\": \"I co-supervise a thesis at the host.\"}")
                .post("/reviews/" + review + "/declaration").then().statusCode(200)
                .body("status", equalTo("CONFLICTED")).body("application", nullValue());

        long version = given().auth().oauth2(KTH_REVIEWER).get("/reviews/" + review).then().extract().jsonPath().getLong("version");
        given().auth().oauth2(KTH_REVIEWER).contentType(ContentType.JSON).body(scores(version, 5))
                .put("/reviews/" + review + "/scores").then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(KTH_REVIEWER).get("/reviews/" + review).then().body("scores.size()", equalTo(0))
                .body("application", nullValue());

        // The conflicted reviewer no longer counts towards the two reviewers per application.
        assign(application, "kth-reviewer-3");
        given().auth().oauth2(KTH_COORDINATOR).get("/applications/" + application + "/reviews").then().statusCode(200)
                .body("size()", equalTo(3))
                .body("find { it.reviewer == 'kth-reviewer' }.status", equalTo("CONFLICTED"))
                .body("find { it.reviewer == 'kth-reviewer' }.conflictReason", equalTo("I co-supervise a thesis at the host."));
    }

    @Test
    void scoresCoverEveryCriterionWithinRangeAndUseTheVersion() {
        String application = endorsedApplicationOfAClosedCall();
        String review = assign(application, "kth-reviewer");
        given().auth().oauth2(KTH_REVIEWER).contentType(ContentType.JSON).body("{\"conflict\": \"NONE\"}")
                .post("/reviews/" + review + "/declaration").then().statusCode(200);
        long version = given().auth().oauth2(KTH_REVIEWER).get("/reviews/" + review).then().extract().jsonPath().getLong("version");

        given().auth().oauth2(KTH_REVIEWER).contentType(ContentType.JSON)
                .body("{\"version\": " + version + ", \"scores\": [{\"criterion\": \"mutual-value\", \"score\": 3, \"comment\": \"c\"}]}")
                .put("/reviews/" + review + "/scores").then().statusCode(400).body("errors.field", hasItem("scores"));
        given().auth().oauth2(KTH_REVIEWER).contentType(ContentType.JSON).body(scores(version, 6))
                .put("/reviews/" + review + "/scores").then().statusCode(400).body("errors.field", hasItem("scores[0].score"));
        given().auth().oauth2(KTH_REVIEWER).contentType(ContentType.JSON).body(scores(version, 4))
                .put("/reviews/" + review + "/scores").then().statusCode(200)
                .body("weightedTotal", Fixtures.amount("3.3")); // 0.3*4 + 0.3*3 + 0.2*3 + 0.2*3
        given().auth().oauth2(KTH_REVIEWER).contentType(ContentType.JSON).body(scores(version, 5))
                .put("/reviews/" + review + "/scores").then().statusCode(409);
        given().auth().oauth2(KTH_REVIEWER).contentType(ContentType.JSON).body(scores(version + 1, 5))
                .put("/reviews/" + review + "/scores").then().statusCode(200).body("weightedTotal", Fixtures.amount("3.6"));
    }

    @Test
    void onlyCoordinatorsSeeTheRanking() {
        String call = Fixtures.openKthCall();
        given().auth().oauth2(KTH_REVIEWER).get("/calls/" + call + "/ranking").then().statusCode(403);
        given().auth().oauth2(KTH_STAFF).get("/calls/" + call + "/ranking").then().statusCode(403);
        given().auth().oauth2(TestTokens.of("kth-manager", "kth", "manager")).get("/calls/" + call + "/ranking").then()
                .statusCode(403);
        given().auth().oauth2(KTH_COORDINATOR).get("/calls/" + call + "/ranking").then().statusCode(200)
                .body("total", equalTo(0)).body("remainingSek", Fixtures.amount("300000"));
    }
}

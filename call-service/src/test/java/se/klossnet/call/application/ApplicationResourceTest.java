package se.klossnet.call.application;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static se.klossnet.call.Fixtures.KTH_COORDINATOR;
import static se.klossnet.call.Fixtures.KTH_MANAGER;
import static se.klossnet.call.Fixtures.KTH_STAFF;
import static se.klossnet.call.Fixtures.KTH_STAFF_2;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.klossnet.call.Fixtures;
import se.klossnet.testing.RealInfrastructure;
import se.klossnet.testing.TestTokens;

@QuarkusTest
@QuarkusTestResource(RealInfrastructure.class)
class ApplicationResourceTest {

    @Test
    void aDraftIsTheApplicantsOwnUntilSubmitted() {
        String call = Fixtures.openKthCall();
        String id = given().auth().oauth2(KTH_STAFF).contentType(ContentType.JSON).body(Fixtures.applicationBody())
                .post("/calls/" + call + "/applications").then().statusCode(201)
                .header("Location", startsWith("http"))
                .body("status", equalTo("DRAFT")).body("months", equalTo(6))
                .body("applicant", equalTo("kth-staff")).body("applicantPseudonym", startsWith("psn-"))
                .body("content.host.organisationNumber", equalTo("5560360793"))
                .extract().path("id");

        given().auth().oauth2(KTH_STAFF_2).get("/applications/" + id).then().statusCode(404);
        given().auth().oauth2(KTH_MANAGER).get("/applications/" + id).then().statusCode(404);
        given().auth().oauth2(KTH_COORDINATOR).queryParam("callId", call).get("/applications").then()
                .body("items.id", not(hasItem(id)));

        given().auth().oauth2(KTH_STAFF).post("/applications/" + id + "/submit").then().statusCode(200)
                .body("status", equalTo("SUBMITTED"));
        given().auth().oauth2(KTH_MANAGER).get("/applications/" + id).then().statusCode(200)
                .body("applicant", equalTo("kth-staff"));
        given().auth().oauth2(KTH_COORDINATOR).queryParam("callId", call).get("/applications").then()
                .body("items.id", hasItem(id));
        given().auth().oauth2(KTH_STAFF_2).queryParam("callId", call).get("/applications").then()
                .body("total", equalTo(0));
        given().auth().oauth2(KTH_STAFF).post("/applications/" + id + "/submit").then().statusCode(409);
        given().auth().oauth2(KTH_MANAGER).post("/applications/" + id + "/withdraw").then().statusCode(403);
    }

    @Test
    void revisionsUseOptimisticLockingAndStopAtSubmission() {
        String call = Fixtures.openKthCall();
        String id = Fixtures.draftApplication(KTH_STAFF, call, Fixtures.applicationBody());
        String revised = Fixtures.applicationBody("\"version\": 0").replace("\"extentPercent\": 20", "\"extentPercent\": 30");
        given().auth().oauth2(KTH_STAFF).contentType(ContentType.JSON).body(revised).put("/applications/" + id).then()
                .statusCode(200).body("version", equalTo(1)).body("content.extentPercent", equalTo(30));
        given().auth().oauth2(KTH_STAFF).contentType(ContentType.JSON).body(revised).put("/applications/" + id).then()
                .statusCode(409).body("type", equalTo("urn:kloss:problem:stale-update"));
        given().auth().oauth2(KTH_STAFF_2).contentType(ContentType.JSON).body(revised.replace("\"version\": 0", "\"version\": 1"))
                .put("/applications/" + id).then().statusCode(404);

        given().auth().oauth2(KTH_STAFF).post("/applications/" + id + "/submit").then().statusCode(200);
        given().auth().oauth2(KTH_STAFF).contentType(ContentType.JSON).body(revised.replace("\"version\": 0", "\"version\": 2"))
                .put("/applications/" + id).then().statusCode(409).body("type", equalTo("urn:kloss:problem:state-conflict"));
    }

    @Test
    void aDraftIsDiscardedAndASubmittedOneWithdrawn() {
        String call = Fixtures.openKthCall();
        String draft = Fixtures.draftApplication(KTH_STAFF, call, Fixtures.applicationBody());
        given().auth().oauth2(KTH_STAFF).post("/applications/" + draft + "/withdraw").then().statusCode(409);
        given().auth().oauth2(KTH_STAFF).delete("/applications/" + draft).then().statusCode(204);
        given().auth().oauth2(KTH_STAFF).get("/applications/" + draft).then().statusCode(404);

        String submitted = Fixtures.submittedApplication(KTH_STAFF, call);
        given().auth().oauth2(KTH_STAFF).delete("/applications/" + submitted).then().statusCode(409);
        given().auth().oauth2(KTH_STAFF).post("/applications/" + submitted + "/withdraw").then().statusCode(200)
                .body("status", equalTo("WITHDRAWN"));
        given().auth().oauth2(KTH_STAFF).post("/applications/" + submitted + "/withdraw").then().statusCode(409);
    }

    @Test
    void theListFiltersSortsAndPages() {
        String call = Fixtures.openKthCall();
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String cheap = Fixtures.draftApplication(KTH_STAFF, call,
                Fixtures.applicationBody().replace("Saab AB", "Cheap " + marker).replace("\"salarySek\": 80000", "\"salarySek\": 1000"));
        String dear = Fixtures.draftApplication(KTH_STAFF, call, Fixtures.applicationBody().replace("Saab AB", "Dear " + marker));
        given().auth().oauth2(KTH_STAFF).post("/applications/" + dear + "/submit").then().statusCode(200);

        given().auth().oauth2(KTH_STAFF).queryParam("q", marker.toUpperCase()).queryParam("sort", "requestedSek")
                .get("/applications").then().statusCode(200).body("items.id", contains(cheap, dear));
        given().auth().oauth2(KTH_STAFF).queryParam("q", marker).queryParam("sort", "-requestedSek")
                .get("/applications").then().body("items.id", contains(dear, cheap));
        given().auth().oauth2(KTH_STAFF).queryParam("q", marker).queryParam("status", "SUBMITTED")
                .get("/applications").then().body("items.id", contains(dear));
        given().auth().oauth2(KTH_STAFF).queryParam("q", marker).queryParam("from", java.time.LocalDate.now().toString())
                .get("/applications").then().body("items.id", contains(dear));
        given().auth().oauth2(KTH_STAFF).queryParam("callId", call).queryParam("size", 1).get("/applications").then()
                .body("items.size()", equalTo(1)).body("total", equalTo(2));
        given().auth().oauth2(KTH_COORDINATOR).queryParam("callId", call).get("/applications").then()
                .body("items.callId", everyItem(equalTo(call))).body("items.id", contains(dear));
        given().auth().oauth2(KTH_STAFF).queryParam("sort", "applicant").get("/applications").then().statusCode(400)
                .body("errors.field", hasItem("sort"));
        given().auth().oauth2(KTH_STAFF).queryParam("callId", "not-a-uuid").get("/applications").then().statusCode(400)
                .body("errors.field", hasItem("callId"));
    }

    @Test
    void onlyOpenCallsTakeApplications() {
        String call = Fixtures.openKthCall();
        Fixtures.close(call);
        given().auth().oauth2(KTH_STAFF).contentType(ContentType.JSON).body(Fixtures.applicationBody())
                .post("/calls/" + call + "/applications").then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void theManagerEndorsesOrDeclinesButNotTheirOwn() {
        String call = Fixtures.openKthCall();
        String first = Fixtures.submittedApplication(KTH_STAFF, call);
        String second = Fixtures.submittedApplication(KTH_STAFF_2, call);
        String endorse = "{\"verdict\": \"ENDORSE\", \"comment\": \"Supported.\"}";

        given().auth().oauth2(KTH_COORDINATOR).contentType(ContentType.JSON).body(endorse)
                .post("/applications/" + first + "/endorsement").then().statusCode(403);
        given().auth().oauth2(KTH_MANAGER).contentType(ContentType.JSON).body("{\"verdict\": \"ENDORSE\"}")
                .post("/applications/" + first + "/endorsement").then().statusCode(400).body("errors.field", hasItem("comment"));
        given().auth().oauth2(KTH_MANAGER).contentType(ContentType.JSON).body(endorse)
                .post("/applications/" + first + "/endorsement").then().statusCode(200)
                .body("status", equalTo("ENDORSED")).body("endorsement.endorsed", equalTo(true));
        given().auth().oauth2(KTH_MANAGER).contentType(ContentType.JSON).body(endorse)
                .post("/applications/" + first + "/endorsement").then().statusCode(409);
        given().auth().oauth2(KTH_MANAGER).contentType(ContentType.JSON)
                .body("{\"verdict\": \"DECLINE\", \"comment\": \"Not this year.\"}")
                .post("/applications/" + second + "/endorsement").then().statusCode(200)
                .body("status", equalTo("ENDORSEMENT_DECLINED")).body("endorsement.endorsed", equalTo(false));

        String managerAndStaff = TestTokens.of("kth-manager-staff", "kth", "manager", "staff");
        String own = Fixtures.submittedApplication(managerAndStaff, call);
        given().auth().oauth2(managerAndStaff).contentType(ContentType.JSON).body(endorse)
                .post("/applications/" + own + "/endorsement").then().statusCode(403);
    }
}

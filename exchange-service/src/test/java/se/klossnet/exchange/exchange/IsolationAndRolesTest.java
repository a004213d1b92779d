package se.klossnet.exchange.exchange;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.klossnet.events.Direction;
import se.klossnet.exchange.support.Api;
import se.klossnet.exchange.support.ExchangeTestInfrastructure;
import se.klossnet.testing.RealInfrastructure;
import se.klossnet.testing.TestTokens;

@QuarkusTest
@QuarkusTestResource(ExchangeTestInfrastructure.class)
class IsolationAndRolesTest {

    private static String kthExchange(String account) {
        String id = Api.plannedExchange("kth", Api.grant(Direction.OUTBOUND, LocalDate.of(2030, 10, 1),
                LocalDate.of(2031, 3, 31), 20, "70000", Api.ERICSSON, List.of()));
        Api.draftTerms("kth", id, account);
        return id;
    }

    /** Every exchange endpoint, with a body that would be valid for the owner. */
    private static List<String[]> endpoints(String id, long version, String sha) {
        String v = "{\"version\": " + version + "}";
        return List.of(
                new String[] {"GET", "/exchanges/" + id, null},
                new String[] {"GET", "/exchanges/" + id + "/agreement", null},
                new String[] {"PUT", "/exchanges/" + id + "/agreement", "{\"hostContactName\": \"Mallory\", "
                        + "\"hostContactEmail\": \"m@example.org\", \"confidentiality\": \"STANDARD\", "
                        + "\"intellectualProperty\": \"JOINT\", \"insurance\": \"HOST_INSURANCE\", \"version\": "
                        + version + "}"},
                new String[] {"POST", "/exchanges/" + id + "/agreement/signatures",
                        "{\"party\": \"HOME_INSTITUTION\", \"agreementVersion\": 1, \"documentSha256\": \"" + sha + "\"}"},
                new String[] {"POST", "/exchanges/" + id + "/agreement/links", "{\"party\": \"HOST_CONTACT\"}"},
                new String[] {"POST", "/exchanges/" + id + "/extension", "{\"newEnd\": \"2031-12-31\", \"version\": " + version + "}"},
                new String[] {"POST", "/exchanges/" + id + "/start", v},
                new String[] {"POST", "/exchanges/" + id + "/complete", v},
                new String[] {"POST", "/exchanges/" + id + "/cancel", "{\"reason\": \"OTHER\", \"version\": " + version + "}"},
                new String[] {"GET", "/exchanges/" + id + "/budget", null},
                new String[] {"PUT", "/exchanges/" + id + "/budget", "{\"monthlySalaryCostSek\": 1, \"plannedTravelSek\": 1, "
                        + "\"plannedHostCompensationSek\": 1, \"plannedOtherSek\": 1, \"version\": " + version + "}"},
                new String[] {"GET", "/exchanges/" + id + "/costs", null},
                new String[] {"POST", "/exchanges/" + id + "/costs",
                        "{\"type\": \"TRAVEL\", \"amountSek\": 10, \"bookedOn\": \"2031-01-01\"}"},
                new String[] {"POST", "/exchanges/" + id + "/approval", v},
                new String[] {"POST", "/exchanges/" + id + "/decline", v});
    }

    @Test
    void anotherInstitutionGets404OnEveryExchangeEndpointAndChangesNothing() {
        String id = kthExchange("kth-iso-ann");
        JsonPath before = Api.exchange("kth", id);
        String sha = Api.agreement("kth", id).getString("documentSha256");
        String mauAll = TestTokens.of("mau-everything", "mau", "coordinator", "finance", "hr", "manager", "staff", "admin");
        for (String[] e : endpoints(id, before.getLong("version"), sha)) {
            String body = e[2];
            var request = given().auth().oauth2(mauAll);
            if (body != null) {
                request = request.contentType(ContentType.JSON).body(body);
            }
            request.request(e[0], e[1]).then().statusCode(404).contentType("application/problem+json");
        }
        JsonPath after = Api.exchange("kth", id);
        assertThat(after.getLong("version")).isEqualTo(before.getLong("version"));
        assertThat(after.getString("status")).isEqualTo("PLANNED");
        assertThat(Api.agreement("kth", id).getInt("number")).isEqualTo(1);
        assertThat(Api.agreement("kth", id).getList("signatures")).isEmpty();
        given().auth().oauth2(Api.finance("kth")).get("/exchanges/" + id + "/costs").then().body("total", equalTo(0));
        given().auth().oauth2(mauAll).queryParam("size", 100).get("/exchanges").then().statusCode(200)
                .body("items.id", not(hasItem(id))).body("items.institution", everyItem(equalTo("mau")));
        // A token for an institution this node does not serve is refused outright.
        given().auth().oauth2(TestTokens.of("lu-coordinator", "lu", "coordinator")).get("/exchanges/" + id).then()
                .statusCode(403);
    }

    @Test
    void eachRoleDoesOnlyWhatTheRoleTableAllows() {
        String id = kthExchange("kth-iso-bob");
        long version = Api.version("kth", id);
        String v = "{\"version\": " + version + "}";
        given().auth().oauth2(Api.staff("kth-iso-bob", "kth")).contentType(ContentType.JSON).body(v)
                .post("/exchanges/" + id + "/start").then().statusCode(403);
        given().auth().oauth2(Api.finance("kth")).contentType(ContentType.JSON)
                .body("{\"reason\": \"OTHER\", \"version\": " + version + "}")
                .post("/exchanges/" + id + "/cancel").then().statusCode(403);
        given().auth().oauth2(Api.hr("kth")).contentType(ContentType.JSON).body(Api.terms(null, "X", version))
                .put("/exchanges/" + id + "/agreement").then().statusCode(403);
        given().auth().oauth2(TestTokens.of("kth-reviewer", "kth", "reviewer")).get("/exchanges").then().statusCode(403);
        given().get("/exchanges/" + id).then().statusCode(401).contentType("application/problem+json");

        // finance and HR read the institution's exchanges; staff see only their own.
        given().auth().oauth2(Api.finance("kth")).get("/exchanges/" + id).then().statusCode(200);
        given().auth().oauth2(Api.hr("kth")).get("/exchanges/" + id).then().statusCode(200);
        given().auth().oauth2(Api.staff("kth-iso-bob", "kth")).get("/exchanges/" + id).then().statusCode(200)
                .body("participant.account", equalTo("kth-iso-bob"));
        given().auth().oauth2(Api.staff("kth-iso-bob", "kth")).get("/exchanges").then().statusCode(200)
                .body("items.participant.account", everyItem(equalTo("kth-iso-bob")));
        given().auth().oauth2(Api.staff("kth-iso-someone", "kth")).get("/exchanges/" + id).then().statusCode(404);
        assertThat(Api.exchange("kth", id).getLong("version")).isEqualTo(version);
    }

    @Test
    void malformedInputIsA400ProblemAndNeverA500() {
        String id = kthExchange("kth-iso-cid");
        String coordinator = Api.coordinator("kth");
        given().auth().oauth2(coordinator).contentType(ContentType.JSON).body("{\"reason\": \"BORED\", \"version\": 0}")
                .post("/exchanges/" + id + "/cancel").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("reason"));
        given().auth().oauth2(coordinator).contentType(ContentType.JSON).body("{\"reason\": \"OTHER\"}")
                .post("/exchanges/" + id + "/cancel").then().statusCode(400).body("errors.field", hasItem("version"));
        given().auth().oauth2(coordinator).contentType(ContentType.JSON).body("{not json")
                .post("/exchanges/" + id + "/start").then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(coordinator).contentType(ContentType.JSON).body("{\"version\": \"seven\"}")
                .post("/exchanges/" + id + "/start").then().statusCode(400);
        given().auth().oauth2(coordinator).contentType(ContentType.JSON).body("{\"version\": 0}")
                .post("/exchanges/not-a-uuid/start").then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(coordinator).contentType(ContentType.JSON).body(Map.of("newEnd", "2031-13-45", "version", 0))
                .post("/exchanges/" + id + "/extension").then().statusCode(400).body("errors[0].field", equalTo("newEnd"));
        given().auth().oauth2(coordinator).queryParam("status", "SIDEWAYS").get("/exchanges").then().statusCode(400)
                .body("errors[0].field", equalTo("status"));
        given().auth().oauth2(coordinator).queryParam("startsFrom", "soon").get("/exchanges").then().statusCode(400);
        given().auth().oauth2(coordinator).queryParam("size", 500).get("/exchanges").then().statusCode(400)
                .body("errors.field", hasItem("size"));
        given().auth().oauth2(coordinator).contentType(ContentType.JSON)
                .body(Map.of("hostContactName", "", "hostContactEmail", "nope", "version", 0))
                .put("/exchanges/" + id + "/agreement").then().statusCode(400)
                .body("errors.field", hasItem("hostContactEmail")).body("errors.field", hasItem("confidentiality"));
    }

    @Test
    void aStaleVersionIsAConflictAndTheFirstWriterWins() {
        String id = kthExchange("kth-iso-dora");
        long version = Api.version("kth", id);
        given().auth().oauth2(Api.coordinator("kth")).contentType(ContentType.JSON)
                .body(Api.terms("kth-iso-dora", "First Writer", version)).put("/exchanges/" + id + "/agreement")
                .then().statusCode(200).body("number", equalTo(2));
        given().auth().oauth2(Api.coordinator("kth")).contentType(ContentType.JSON)
                .body(Api.terms("kth-iso-dora", "Second Writer", version)).put("/exchanges/" + id + "/agreement")
                .then().statusCode(409).contentType("application/problem+json");
        given().auth().oauth2(Api.coordinator("kth")).contentType(ContentType.JSON)
                .body(Map.of("reason", "OTHER", "version", version)).post("/exchanges/" + id + "/cancel")
                .then().statusCode(409);
        assertThat(Api.agreement("kth", id).getString("terms.hostContactName")).isEqualTo("First Writer");
        assertThat(Api.exchange("kth", id).getString("status")).isEqualTo("PLANNED");
    }
}

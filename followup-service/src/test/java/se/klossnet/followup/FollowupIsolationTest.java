package se.klossnet.followup;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.http.Method;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.klossnet.testing.RealInfrastructure;
import se.klossnet.testing.TestTokens;

/**
 * Another institution's token gets 404 on every object of this one, and changes nothing; lists stay empty for it.
 * Calls without the role get 403, without a token 401, all as problem+json.
 */
@QuarkusTest
@QuarkusTestResource(RealInfrastructure.class)
class FollowupIsolationTest {

    private static final String MAU_ALL_ROLES = TestTokens.of("mau-everything", "mau", "coordinator", "staff",
            "manager", "admin");

    private record Call(Method method, String path, String body) {
    }

    private static List<Call> objectEndpoints(Scenario s) {
        String x = "/exchanges/" + s.exchange.id();
        String entry = x + "/logbook/entries/" + s.entryId;
        String today = LocalDate.now().toString();
        return List.of(
                new Call(Method.GET, x, null),
                new Call(Method.PUT, x + "/participant", "{\"username\": \"mau-thief\", \"version\": 0}"),
                new Call(Method.GET, x + "/logbook", null),
                new Call(Method.GET, x + "/logbook/entries", null),
                new Call(Method.POST, x + "/logbook/entries", "{\"writtenOn\": \"" + today + "\", \"text\": \"intruder\"}"),
                new Call(Method.GET, entry, null),
                new Call(Method.PUT, entry, "{\"writtenOn\": \"" + today + "\", \"text\": \"intruder\", \"version\": 0}"),
                new Call(Method.POST, x + "/outcomes", "{\"type\": \"RECRUITMENT\", \"side\": \"EXTERNAL\", \"occurredOn\": \""
                        + today + "\", \"description\": \"intruder\"}"),
                new Call(Method.GET, "/outcomes/" + s.outcomeId, null),
                new Call(Method.PUT, "/outcomes/" + s.outcomeId, "{\"type\": \"RECRUITMENT\", \"side\": \"EXTERNAL\", "
                        + "\"occurredOn\": \"" + today + "\", \"description\": \"intruder\", \"version\": 0}"),
                new Call(Method.GET, x + "/dissemination", null),
                new Call(Method.PUT, x + "/dissemination/plan", "{\"plannedActivities\": {\"WEB\": 9}, \"version\": 1}"),
                new Call(Method.PUT, x + "/dissemination/closing-statement", "{\"text\": \"intruder\", \"version\": 1}"),
                new Call(Method.POST, x + "/dissemination/activities", "{\"type\": \"WEB\", \"audience\": \"intruder\", "
                        + "\"heldOn\": \"" + today + "\"}"),
                new Call(Method.GET, x + "/dissemination/activities", null),
                new Call(Method.GET, "/focus-groups/" + s.focusGroupId, null),
                new Call(Method.PUT, "/focus-groups/" + s.focusGroupId, "{\"programmeId\": \"p\", \"heldOn\": \"" + today
                        + "\", \"facilitator\": \"f\", \"participantExchangeIds\": [], \"themes\": [\"t\"], \"version\": 0}"),
                new Call(Method.GET, "/survey-templates/" + s.templateId, null),
                new Call(Method.GET, "/survey-distributions/" + s.hostDistribution, null),
                new Call(Method.POST, "/survey-distributions/" + s.hostDistribution + "/link", null),
                new Call(Method.GET, "/survey-distributions/" + s.hostDistribution + "/response", null),
                new Call(Method.POST, "/survey-distributions", "{\"exchangeId\": \"" + s.exchange.id()
                        + "\", \"templateKey\": \"host-end\"}"),
                new Call(Method.GET, "/me/surveys/" + s.participantDistribution + "/questionnaire", null),
                new Call(Method.POST, "/me/surveys/" + s.participantDistribution + "/response", "{\"answers\": {}}"));
    }

    private static String snapshot(Scenario s) {
        String coordinator = Exchanges.coordinatorOf(s.institution);
        String x = "/exchanges/" + s.exchange.id();
        StringBuilder all = new StringBuilder();
        for (String path : List.of(x, x + "/logbook", x + "/logbook/entries/" + s.entryId, "/outcomes/" + s.outcomeId,
                x + "/dissemination", x + "/dissemination/activities", "/focus-groups/" + s.focusGroupId,
                "/survey-distributions?exchangeId=" + s.exchange.id(), "/survey-distributions/" + s.hostDistribution + "/response")) {
            all.append(given().auth().oauth2(coordinator).get(path).then().statusCode(200).extract().asString()).append('\n');
        }
        return all.toString();
    }

    @Test
    void anotherInstitutionGets404OnEveryObjectAndChangesNothing() {
        Scenario kth = Scenario.run("kth");
        String before = snapshot(kth);

        for (Call call : objectEndpoints(kth)) {
            var request = given().auth().oauth2(MAU_ALL_ROLES);
            if (call.body() != null) {
                request.contentType(ContentType.JSON).body(call.body());
            }
            request.request(call.method(), call.path()).then()
                    .statusCode(404).contentType("application/problem+json")
                    .body("type", equalTo("urn:kloss:problem:not-found"));
        }
        for (String list : List.of("/exchanges", "/outcomes", "/focus-groups", "/survey-distributions", "/me/surveys")) {
            given().auth().oauth2(MAU_ALL_ROLES).queryParam("programmeId", kth.programmeId)
                    .queryParam("exchangeId", kth.exchange.id()).get(list).then().statusCode(200)
                    .body("total", equalTo(0));
        }
        given().auth().oauth2(MAU_ALL_ROLES).queryParam("size", 100).get("/survey-templates").then().statusCode(200)
                .body("items.id", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(kth.templateId)));

        assertThat(snapshot(kth)).isEqualTo(before);
    }

    @Test
    void rolesAndTokensAreCheckedOnEveryKindOfEndpoint() {
        String manager = TestTokens.of("kth-manager", "kth", "manager");
        String finance = TestTokens.of("kth-finance", "kth", "finance");
        for (String path : List.of("/exchanges", "/outcomes", "/focus-groups", "/survey-distributions",
                "/survey-templates", "/me/surveys", "/exchanges/x/logbook", "/exchanges/x/dissemination")) {
            given().auth().oauth2(manager).get(path).then().statusCode(403).contentType("application/problem+json");
            given().auth().oauth2(finance).get(path).then().statusCode(403);
            given().get(path).then().statusCode(401).contentType("application/problem+json");
        }
        String staff = TestTokens.of("kth-staff", "kth", "staff");
        for (String path : List.of("/focus-groups", "/survey-distributions", "/survey-templates",
                "/survey-results?templateKey=host-end")) {
            given().auth().oauth2(staff).get(path).then().statusCode(403);
        }
        String otherNode = TestTokens.of("lu-coordinator", "lu", "coordinator");
        given().auth().oauth2(otherNode).get("/exchanges").then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(Exchanges.KTH_COORDINATOR).queryParam("size", 500).get("/exchanges").then()
                .statusCode(400).body("errors[0].field", equalTo("size"));
        given().auth().oauth2(Exchanges.KTH_COORDINATOR).contentType(ContentType.JSON).body("not json")
                .post("/focus-groups").then().statusCode(400).contentType("application/problem+json");
    }
}

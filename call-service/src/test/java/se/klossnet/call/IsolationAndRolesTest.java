package se.klossnet.call;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static se.klossnet.call.Fixtures.KTH_COORDINATOR;
import static se.klossnet.call.Fixtures.KTH_MANAGER;
import static se.klossnet.call.Fixtures.KTH_REVIEWER;
import static se.klossnet.call.Fixtures.KTH_STAFF;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import se.klossnet.testing.RealInfrastructure;
import se.klossnet.testing.TestTokens;
import se.klossnet.testing.TopicProbe;

/**
 * Another institution's token gets 403 or 404 on every call and application endpoint and changes nothing; within an
 * institution, each role gets only the functions of the role table.
 */
@QuarkusTest
@QuarkusTestResource(RealInfrastructure.class)
class IsolationAndRolesTest {

    /** Every role at once, so that no role check hides a missing institution check. */
    private static final String MAU_EVERYTHING = TestTokens.of("mau-everything", "mau", "coordinator", "reviewer",
            "manager", "staff", "finance", "hr", "admin");
    private static final String UNSERVED = TestTokens.of("lu-everything", "lu", "coordinator", "reviewer", "manager",
            "staff", "finance", "hr", "admin");

    private static final Set<String> EVERY_ROLE = Set.of("coordinator", "reviewer", "manager", "staff", "finance", "hr", "admin");
    private static final Set<String> COORDINATOR = Set.of("coordinator");
    private static final Set<String> STAFF = Set.of("staff");
    private static final Set<String> MANAGER = Set.of("manager");
    private static final Set<String> REVIEWER = Set.of("reviewer");
    private static final Set<String> APPLICATION_READERS = Set.of("staff", "manager", "coordinator");

    /** A request, and the roles of the role table that may make it. */
    record Attempt(String method, String path, String body, Set<String> roles) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    /** A KTH world with an object in every state that the endpoints act on. */
    record World(String programme, String draftCall, String openCall, String closedCall, String draftApplication,
                 String submittedApplication, String endorsedApplication, String review) {
    }

    private static World world;

    /** One world for both tests: neither may change it, and each checks that it did not. */
    private static synchronized World kthWorld() {
        if (world == null) {
            world = buildKthWorld();
        }
        return world;
    }

    private static World buildKthWorld() {
        String programme = Fixtures.programme(KTH_COORDINATOR, "OUTBOUND");
        String draftCall = given().auth().oauth2(KTH_COORDINATOR).contentType(ContentType.JSON)
                .body(Fixtures.callBody(programme, Instant.now().plus(30, ChronoUnit.DAYS), "300000"))
                .post("/calls").then().statusCode(201).extract().path("id");
        String openCall = Fixtures.openCall(KTH_COORDINATOR, programme, Instant.now().plus(30, ChronoUnit.DAYS), "300000");
        String draftApplication = Fixtures.draftApplication(KTH_STAFF, openCall, Fixtures.applicationBody());
        String submitted = Fixtures.submittedApplication(KTH_STAFF, openCall);
        String closedCall = Fixtures.openCall(KTH_COORDINATOR, programme, Instant.now().plus(30, ChronoUnit.DAYS), "300000");
        String endorsed = Fixtures.submittedApplication(KTH_STAFF, closedCall);
        Fixtures.endorse(endorsed);
        Fixtures.close(closedCall);
        String review = given().auth().oauth2(KTH_COORDINATOR).contentType(ContentType.JSON)
                .body("{\"reviewers\": [\"kth-reviewer\"]}")
                .post("/applications/" + endorsed + "/reviews").then().statusCode(200).extract().path("[0].id");
        return new World(programme, draftCall, openCall, closedCall, draftApplication, submitted, endorsed, review);
    }

    private static List<Attempt> everyEndpoint(World w) {
        String callTerms = Fixtures.callBody(w.programme(), Instant.now().plus(30, ChronoUnit.DAYS), "1");
        String revisedCall = callTerms.replace("}\n", ", \"version\": 0}\n");
        String application = Fixtures.applicationBody();
        String revisedApplication = Fixtures.applicationBody("\"version\": 0");
        String scores = """
                {"version": 0, "scores": [
                  {"criterion": "strategic-relevance", "score": 5, "comment": "c"},
                  {"criterion": "mutual-value", "score": 5, "comment": "c"},
                  {"criterion": "endorsement", "score": 5, "comment": "c"},
                  {"criterion": "dissemination-plan", "score": 5, "comment": "c"}]}""";
        String programmeTerms = "{\"name\": \"Taken\", \"direction\": \"OUTBOUND\", \"fundingSource\": \"VINNOVA\", "
                + "\"themes\": [], \"budgetSek\": 1, \"version\": 0}";
        return List.of(
                new Attempt("GET", "/programmes/" + w.programme(), null, EVERY_ROLE),
                new Attempt("PUT", "/programmes/" + w.programme(), programmeTerms, COORDINATOR),
                new Attempt("POST", "/calls", callTerms, COORDINATOR),
                new Attempt("GET", "/calls/" + w.draftCall(), null, EVERY_ROLE),
                new Attempt("GET", "/calls/" + w.openCall(), null, EVERY_ROLE),
                new Attempt("PUT", "/calls/" + w.draftCall(), revisedCall, COORDINATOR),
                new Attempt("POST", "/calls/" + w.draftCall() + "/publish", null, COORDINATOR),
                new Attempt("POST", "/calls/" + w.openCall() + "/close", null, COORDINATOR),
                new Attempt("POST", "/calls/" + w.closedCall() + "/decide", null, COORDINATOR),
                new Attempt("POST", "/calls/" + w.closedCall() + "/archive", null, COORDINATOR),
                new Attempt("GET", "/calls/" + w.closedCall() + "/ranking", null, COORDINATOR),
                new Attempt("POST", "/calls/" + w.openCall() + "/applications", application, STAFF),
                new Attempt("POST", "/calls/" + w.openCall() + "/eligibility", application, STAFF),
                new Attempt("GET", "/applications/" + w.draftApplication(), null, APPLICATION_READERS),
                new Attempt("GET", "/applications/" + w.submittedApplication(), null, APPLICATION_READERS),
                new Attempt("PUT", "/applications/" + w.draftApplication(), revisedApplication, STAFF),
                new Attempt("GET", "/applications/" + w.draftApplication() + "/eligibility", null, STAFF),
                new Attempt("POST", "/applications/" + w.draftApplication() + "/submit", null, STAFF),
                new Attempt("DELETE", "/applications/" + w.draftApplication(), null, STAFF),
                new Attempt("POST", "/applications/" + w.submittedApplication() + "/withdraw", null, STAFF),
                new Attempt("POST", "/applications/" + w.submittedApplication() + "/endorsement",
                        "{\"verdict\": \"ENDORSE\", \"comment\": \"Fine.\"}", MANAGER),
                new Attempt("POST", "/applications/" + w.endorsedApplication() + "/reviews",
                        "{\"reviewers\": [\"mau-everything\"]}", COORDINATOR),
                new Attempt("GET", "/applications/" + w.endorsedApplication() + "/reviews", null, COORDINATOR),
                new Attempt("POST", "/applications/" + w.endorsedApplication() + "/decision",
                        "{\"outcome\": \"GRANT\", \"grantedSek\": 1000, \"motivation\": \"Mine now.\"}", COORDINATOR),
                new Attempt("GET", "/reviews/" + w.review(), null, REVIEWER),
                new Attempt("POST", "/reviews/" + w.review() + "/declaration", "{\"conflict\": \"NONE\"}", REVIEWER),
                new Attempt("PUT", "/reviews/" + w.review() + "/scores", scores, REVIEWER),
                new Attempt("GET", "/calls", null, EVERY_ROLE),
                new Attempt("GET", "/applications", null, APPLICATION_READERS),
                new Attempt("GET", "/reviews", null, REVIEWER));
    }

    private static int send(String token, Attempt attempt) {
        RequestSpecification request = given().auth().oauth2(token);
        if (attempt.body() != null) {
            request = request.contentType(ContentType.JSON).body(attempt.body());
        }
        return request.request(attempt.method(), attempt.path()).then().contentType("application/problem+json")
                .extract().statusCode();
    }

    @Test
    void anotherInstitutionGets403Or404EverywhereAndChangesNothing() {
        World w = kthWorld();
        List<String> leaks = new ArrayList<>();
        for (Attempt attempt : everyEndpoint(w)) {
            if (attempt.method().equals("GET") && attempt.path().matches("/(calls|applications|reviews)")) {
                continue; // lists answer 200 with the caller's own institution's items; checked below
            }
            int mau = send(MAU_EVERYTHING, attempt);
            if (mau != 404 && mau != 403) {
                leaks.add("mau " + attempt + " -> " + mau);
            }
            int unserved = send(UNSERVED, attempt);
            if (unserved != 403) {
                leaks.add("lu " + attempt + " -> " + unserved);
            }
        }
        assertThat(leaks).isEmpty();

        given().auth().oauth2(KTH_COORDINATOR).get("/programmes/" + w.programme()).then().body("version", equalTo(0));
        given().auth().oauth2(KTH_COORDINATOR).get("/calls/" + w.draftCall()).then().body("status", equalTo("DRAFT"))
                .body("version", equalTo(0));
        given().auth().oauth2(KTH_COORDINATOR).get("/calls/" + w.openCall()).then().body("status", equalTo("OPEN"));
        given().auth().oauth2(KTH_COORDINATOR).get("/calls/" + w.closedCall()).then().body("status", equalTo("CLOSED"));
        given().auth().oauth2(KTH_STAFF).get("/applications/" + w.draftApplication()).then().body("status", equalTo("DRAFT"))
                .body("version", equalTo(0));
        given().auth().oauth2(KTH_STAFF).get("/applications/" + w.submittedApplication()).then()
                .body("status", equalTo("SUBMITTED"));
        given().auth().oauth2(KTH_STAFF).get("/applications/" + w.endorsedApplication()).then()
                .body("status", equalTo("ENDORSED"));
        given().auth().oauth2(KTH_COORDINATOR).get("/applications/" + w.endorsedApplication() + "/reviews").then()
                .body("size()", equalTo(1)).body("[0].status", equalTo("AWAITING_DECLARATION"));
        given().auth().oauth2(MAU_EVERYTHING).queryParam("size", 100).get("/calls").then().statusCode(200)
                .body("items.id", not(hasItem(w.openCall()))).body("items.id", not(hasItem(w.draftCall())));
        given().auth().oauth2(MAU_EVERYTHING).queryParam("size", 100).get("/applications").then().statusCode(200)
                .body("items.id", not(hasItem(w.submittedApplication())));
        given().auth().oauth2(MAU_EVERYTHING).queryParam("size", 100).get("/reviews").then().statusCode(200)
                .body("items.id", not(hasItem(w.review())));

        // Nothing was announced beyond what KTH itself did.
        Map<String, Integer> expected = Map.of(w.programme(), 1, w.openCall(), 1, w.closedCall(), 2,
                w.submittedApplication(), 1, w.endorsedApplication(), 2);
        try (TopicProbe probe = TopicProbe.of(RealInfrastructure.kafka().bootstrapServers(), "kloss.kth.call.v1")) {
            probe.awaitRecords(7, Duration.ofSeconds(20), r -> expected.containsKey(r.key()));
            List<ConsumerRecord<String, byte[]>> records = probe.drain(Duration.ofSeconds(2),
                    r -> expected.containsKey(r.key()) || r.key().equals(w.draftCall()) || r.key().equals(w.draftApplication()));
            Map<String, Integer> counts = records.stream()
                    .collect(Collectors.groupingBy(ConsumerRecord::key, Collectors.summingInt(r -> 1)));
            assertThat(counts).isEqualTo(expected);
        }
        try (TopicProbe probe = TopicProbe.of(RealInfrastructure.kafka().bootstrapServers(), "kloss.mau.call.v1")) {
            assertThat(probe.drain(Duration.ofSeconds(1), r -> expected.containsKey(r.key()))).isEmpty();
        }
    }

    @Test
    void eachRoleGetsOnlyItsFunctions() {
        World w = kthWorld();
        List<String> wrong = new ArrayList<>();
        for (String role : EVERY_ROLE) {
            String token = TestTokens.of("kth-only-" + role, "kth", role);
            for (Attempt attempt : everyEndpoint(w)) {
                if (!attempt.roles().contains(role)) {
                    int status = send(token, attempt);
                    if (status != 403) {
                        wrong.add(role + " " + attempt + " -> " + status);
                    }
                }
            }
        }
        assertThat(wrong).isEmpty();

        // The world is as it was: no forbidden request changed anything.
        given().auth().oauth2(KTH_COORDINATOR).get("/calls/" + w.draftCall()).then().body("version", equalTo(0));
        given().auth().oauth2(KTH_STAFF).get("/applications/" + w.draftApplication()).then().body("version", equalTo(0));
        given().auth().oauth2(KTH_REVIEWER).get("/reviews/" + w.review()).then().statusCode(200)
                .body("status", equalTo("AWAITING_DECLARATION"));
        given().auth().oauth2(KTH_MANAGER).get("/applications/" + w.submittedApplication()).then().statusCode(200)
                .body("status", equalTo("SUBMITTED"));
    }
}

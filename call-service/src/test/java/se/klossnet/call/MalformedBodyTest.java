package se.klossnet.call;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static se.klossnet.call.Fixtures.KTH_COORDINATOR;
import static se.klossnet.call.Fixtures.KTH_STAFF;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.klossnet.testing.RealInfrastructure;

/** Malformed bodies get 400 problem+json naming the field, never a 500. */
@QuarkusTest
@QuarkusTestResource(RealInfrastructure.class)
class MalformedBodyTest {

    private static final String MEGABYTE = "x".repeat(1024 * 1024);
    private static final Instant OPENS = Instant.parse("2027-01-15T08:00:00Z");
    private static final Instant CLOSES = Instant.parse("2027-03-15T23:00:00Z");

    private static String programme;
    private static String openCall;

    private static synchronized String programme() {
        if (programme == null) {
            programme = Fixtures.programme(KTH_COORDINATOR, "OUTBOUND");
        }
        return programme;
    }

    private static synchronized String openCall() {
        if (openCall == null) {
            openCall = Fixtures.openCall(KTH_COORDINATOR, programme(), Instant.now().plus(30, ChronoUnit.DAYS), "300000");
        }
        return openCall;
    }

    private static String call() {
        return Fixtures.callBody("PROGRAMME", OPENS, CLOSES, "1200000", 3, 12);
    }

    static Stream<Arguments> callBodies() {
        return Stream.of(
                Arguments.of("missing title", call().replace("\"title\": {\"sv\": \"Utlysning PAUS\", \"en\": \"PAUS call\"},", ""), "title"),
                Arguments.of("missing Swedish title", call().replace("\"sv\": \"Utlysning PAUS\", ", ""), "title.sv"),
                Arguments.of("budget of the wrong type", call().replace("\"budgetSek\": 1200000", "\"budgetSek\": \"lots\""), "budgetSek"),
                Arguments.of("negative budget", call().replace("\"budgetSek\": 1200000", "\"budgetSek\": -1"), "budgetSek"),
                Arguments.of("budget as an object", call().replace("\"budgetSek\": 1200000", "\"budgetSek\": {\"sek\": 1}"), "budgetSek"),
                Arguments.of("unknown staff category", call().replace("\"TEACHER\"", "\"JANITOR\""), "eligibleStaffCategories"),
                Arguments.of("dates in the wrong order", Fixtures.callBody("PROGRAMME", CLOSES, OPENS, "1", 3, 12), "closesAt"),
                Arguments.of("a date that is not one", call().replace(OPENS.toString(), "next spring"), "opensAt"),
                Arguments.of("a 1 MB title", call().replace("PAUS call", MEGABYTE), "title.en"),
                Arguments.of("a 1 MB description", call().replace("Teachers out in society.", MEGABYTE), "description.en"),
                Arguments.of("extent above 100 %", call().replace("\"maxExtentPercent\": 50", "\"maxExtentPercent\": 101"), "maxExtentPercent"),
                Arguments.of("a weight above 100", call().replace("}\n", ", \"criteria\": [{\"key\": \"k\", \"label\": \"K\", \"weight\": 101}]}\n"),
                        "criteria[0].weight"),
                Arguments.of("a criterion key with spaces", call().replace("}\n", ", \"criteria\": [{\"key\": \"Free text\", \"label\": \"K\", \"weight\": 100}]}\n"),
                        "criteria[0].key"),
                Arguments.of("six reviewers", call().replace("}\n", ", \"reviewersPerApplication\": 6}\n"), "reviewersPerApplication"),
                Arguments.of("a programme id that is not a UUID", call().replace("\"PROGRAMME\"", "\"programme-1\""), "programmeId"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("callBodies")
    void aMalformedCallIsRefusedNamingTheField(String name, String body, String field) {
        List<String> fields = given().auth().oauth2(KTH_COORDINATOR).contentType(ContentType.JSON)
                .body(body.replace("PROGRAMME", programme()))
                .post("/calls").then().statusCode(400).contentType("application/problem+json")
                .body("status", equalTo(400))
                .extract().path("errors.field");
        assertThat(fields).anySatisfy(f -> assertThat(f).startsWith(field));
    }

    private static String application() {
        return Fixtures.applicationBody();
    }

    static Stream<Arguments> applicationBodies() {
        return Stream.of(
                Arguments.of("missing host", application().replaceFirst("\"host\": \\{[^}]*},", ""), "host"),
                Arguments.of("missing purpose", application().replaceFirst("\"purpose\": \"[^\"]*\",", ""), "purpose"),
                Arguments.of("unknown staff category", application().replace("\"TEACHER\"", "\"JANITOR\""), "staffCategory"),
                Arguments.of("unknown host sector", application().replace("\"BUSINESS\"", "\"SPACE\""), "host.sector"),
                Arguments.of("extent of the wrong type", application().replace("\"extentPercent\": 20", "\"extentPercent\": \"twenty\""), "extentPercent"),
                Arguments.of("negative travel budget", application().replace("\"travelSek\": 12000", "\"travelSek\": -5"), "budget.travelSek"),
                Arguments.of("period in the wrong order", application().replace("\"plannedEnd\": \"2028-02-29\"", "\"plannedEnd\": \"2027-08-01\""), "plannedEnd"),
                Arguments.of("an impossible date", application().replace("2028-02-29", "2027-02-30"), "plannedEnd"),
                Arguments.of("a 1 MB purpose", application().replace("Develop a course module with industry cases.", MEGABYTE), "purpose"),
                Arguments.of("a 1 MB host name", application().replace("Saab AB", MEGABYTE), "host.name"),
                Arguments.of("an organisation number with letters", application().replace(Fixtures.SAAB, "ABC-123"), "host.organisationNumber"),
                Arguments.of("a country name instead of a code", application().replace("\"country\": \"SE\"", "\"country\": \"Sweden\""), "host.country"),
                Arguments.of("a dissemination topic in free text", application().replace("\"course-module\"", "\"A whole sentence!\""),
                        "disseminationPlan.expectedResult.topics"),
                Arguments.of("a missing control question", application().replaceFirst("\"learningNeeds\": \\{[^}]*},", ""),
                        "disseminationPlan.learningNeeds"),
                Arguments.of("an OTHER partner without sector", Fixtures.applicationBody(
                        "\"alliance\": {\"durationMonths\": 24, \"partners\": [{\"name\": \"Agency\", \"type\": \"OTHER\", \"country\": \"FI\"}]}"),
                        "alliance.partners[0].sector"),
                Arguments.of("an unknown partner type", Fixtures.applicationBody(
                        "\"alliance\": {\"durationMonths\": 24, \"partners\": [{\"name\": \"X\", \"type\": \"FRIEND\", \"country\": \"FI\"}]}"),
                        "alliance.partners[0].type"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("applicationBodies")
    void aMalformedApplicationIsRefusedNamingTheField(String name, String body, String field) {
        List<String> fields = given().auth().oauth2(KTH_STAFF).contentType(ContentType.JSON).body(body)
                .post("/calls/" + openCall() + "/applications").then().statusCode(400)
                .contentType("application/problem+json")
                .extract().path("errors.field");
        assertThat(fields).anySatisfy(f -> assertThat(f).startsWith(field));
    }

    static Stream<Arguments> unreadable() {
        return Stream.of(
                Arguments.of("/calls", KTH_COORDINATOR, "{\"title\": "),
                Arguments.of("/calls", KTH_COORDINATOR, "[1, 2, 3]"),
                Arguments.of("/calls", KTH_COORDINATOR, "null"),
                Arguments.of("APPLICATIONS", KTH_STAFF, "not json at all"),
                Arguments.of("APPLICATIONS", KTH_STAFF, ""));
    }

    @ParameterizedTest(name = "{0} {2}")
    @MethodSource("unreadable")
    void anUnreadableBodyIs400(String path, String token, String body) {
        String target = path.equals("APPLICATIONS") ? "/calls/" + openCall() + "/applications" : path;
        given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post(target).then().statusCode(400)
                .contentType("application/problem+json");
    }

    @org.junit.jupiter.api.Test
    void malformedDecisionsDeclarationsAndScoresAre400() {
        String application = Fixtures.submittedApplication(KTH_STAFF, openCall());
        given().auth().oauth2(KTH_COORDINATOR).contentType(ContentType.JSON)
                .body("{\"outcome\": \"MAYBE\", \"motivation\": \"m\"}")
                .post("/applications/" + application + "/decision").then().statusCode(400)
                .body("errors[0].field", equalTo("outcome"));
        given().auth().oauth2(KTH_COORDINATOR).contentType(ContentType.JSON)
                .body("{\"outcome\": \"GRANT\", \"grantedSek\": -5, \"motivation\": \"m\"}")
                .post("/applications/" + application + "/decision").then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.hasItem("grantedSek"));
        given().auth().oauth2(KTH_COORDINATOR).contentType(ContentType.JSON)
                .body("{\"reviewers\": \"kth-reviewer\"}")
                .post("/applications/" + application + "/reviews").then().statusCode(400)
                .body("errors[0].field", equalTo("reviewers"));
        given().auth().oauth2(Fixtures.KTH_MANAGER).contentType(ContentType.JSON)
                .body("{\"verdict\": \"SURE\", \"comment\": \"c\"}")
                .post("/applications/" + application + "/endorsement").then().statusCode(400)
                .body("errors[0].field", equalTo("verdict"));
        given().auth().oauth2(Fixtures.KTH_REVIEWER).contentType(ContentType.JSON)
                .body("{\"conflict\": \"PERHAPS\"}")
                .post("/reviews/" + java.util.UUID.randomUUID() + "/declaration").then().statusCode(400)
                .body("errors[0].field", equalTo("conflict"));
        given().auth().oauth2(Fixtures.KTH_REVIEWER).contentType(ContentType.JSON)
                .body("{\"version\": \"one\", \"scores\": []}")
                .put("/reviews/" + java.util.UUID.randomUUID() + "/scores").then().statusCode(400)
                .body("errors[0].field", equalTo("version"));
    }
}

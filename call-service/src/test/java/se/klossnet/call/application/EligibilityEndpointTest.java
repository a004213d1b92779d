package se.klossnet.call.application;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static se.klossnet.call.Fixtures.KTH_COORDINATOR;
import static se.klossnet.call.Fixtures.KTH_STAFF;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.klossnet.call.Fixtures;
import se.klossnet.testing.RealInfrastructure;

/** The eligibility check through the API: the dry run at the ALLIANCE boundaries, and submission refusing with codes. */
@QuarkusTest
@QuarkusTestResource(RealInfrastructure.class)
class EligibilityEndpointTest {

    private static String allianceCall;

    private static synchronized String allianceCall() {
        if (allianceCall == null) {
            allianceCall = Fixtures.openCall(KTH_COORDINATOR, Fixtures.programme(KTH_COORDINATOR, "ALLIANCE"),
                    Instant.now().plus(30, ChronoUnit.DAYS), "1000000");
        }
        return allianceCall;
    }

    private static final String HEI_FI = "{\"name\": \"Aalto University\", \"type\": \"HEI\", \"country\": \"FI\"}";
    private static final String HEI_SE = "{\"name\": \"Lunds universitet\", \"type\": \"HEI\", \"country\": \"SE\", \"organisationNumber\": \"202100-3211\"}";
    private static final String ENT_DE = "{\"name\": \"Siemens AG\", \"type\": \"ENTERPRISE\", \"country\": \"DE\"}";
    private static final String ENT_FI = "{\"name\": \"Nokia Oyj\", \"type\": \"ENTERPRISE\", \"country\": \"FI\"}";
    private static final String ENT_SE = "{\"name\": \"Saab AB\", \"type\": \"ENTERPRISE\", \"country\": \"SE\", \"organisationNumber\": \"556036-0793\"}";
    private static final String ENT_SE_BAD = "{\"name\": \"Saab AB\", \"type\": \"ENTERPRISE\", \"country\": \"SE\", \"organisationNumber\": \"556036-0794\"}";
    private static final String OTHER_SE = "{\"name\": \"Region Stockholm\", \"type\": \"OTHER\", \"country\": \"SE\", \"sector\": \"PUBLIC\"}";
    private static final String OTHER_FI = "{\"name\": \"Business Finland\", \"type\": \"OTHER\", \"country\": \"FI\", \"sector\": \"PUBLIC\"}";
    private static final String OTHER_DE = "{\"name\": \"Fraunhofer\", \"type\": \"OTHER\", \"country\": \"DE\", \"sector\": \"CIVIL_SOCIETY\"}";

    static Stream<Arguments> boundaries() {
        // The applicant's institution counts as one Swedish HEI besides the listed partners.
        return Stream.of(
                Arguments.of("5 organisations", 24, List.of(HEI_FI, ENT_DE, ENT_SE, OTHER_FI), Set.of("ALLIANCE_TOO_FEW_ORGANISATIONS")),
                Arguments.of("6 organisations", 24, List.of(HEI_FI, ENT_DE, ENT_SE, OTHER_FI, OTHER_SE), Set.of()),
                Arguments.of("2 countries", 24, List.of(HEI_FI, ENT_FI, ENT_SE, OTHER_FI, OTHER_SE), Set.of("ALLIANCE_TOO_FEW_COUNTRIES")),
                Arguments.of("3 countries", 24, List.of(HEI_FI, ENT_DE, ENT_SE, OTHER_SE, OTHER_SE), Set.of()),
                Arguments.of("1 HEI", 24, List.of(ENT_DE, ENT_SE, OTHER_FI, OTHER_SE, OTHER_DE), Set.of("ALLIANCE_TOO_FEW_HEIS")),
                Arguments.of("2 HEIs", 24, List.of(HEI_SE, ENT_DE, ENT_FI, OTHER_SE, OTHER_DE), Set.of()),
                Arguments.of("1 enterprise", 24, List.of(HEI_FI, ENT_DE, OTHER_FI, OTHER_SE, OTHER_DE), Set.of("ALLIANCE_TOO_FEW_ENTERPRISES")),
                Arguments.of("2 enterprises", 24, List.of(HEI_FI, ENT_DE, ENT_FI, OTHER_SE, OTHER_DE), Set.of()),
                Arguments.of("23 months", 23, List.of(HEI_FI, ENT_DE, ENT_SE, OTHER_FI, OTHER_SE), Set.of("ALLIANCE_DURATION")),
                Arguments.of("24 months", 24, List.of(HEI_FI, ENT_DE, ENT_SE, OTHER_FI, OTHER_SE), Set.of()),
                Arguments.of("36 months", 36, List.of(HEI_FI, ENT_DE, ENT_SE, OTHER_FI, OTHER_SE), Set.of()),
                Arguments.of("37 months", 37, List.of(HEI_FI, ENT_DE, ENT_SE, OTHER_FI, OTHER_SE), Set.of("ALLIANCE_DURATION")),
                Arguments.of("a partner's bad check digit", 24, List.of(HEI_FI, ENT_DE, ENT_SE_BAD, OTHER_FI, OTHER_SE),
                        Set.of("ORGANISATION_NUMBER_INVALID")),
                Arguments.of("everything wrong at once", 37, List.of(ENT_SE_BAD),
                        Set.of("ALLIANCE_TOO_FEW_ORGANISATIONS", "ALLIANCE_TOO_FEW_COUNTRIES", "ALLIANCE_TOO_FEW_HEIS",
                                "ALLIANCE_TOO_FEW_ENTERPRISES", "ALLIANCE_DURATION", "ORGANISATION_NUMBER_INVALID")));
    }

    static String allianceBody(int months, List<String> partners) {
        return Fixtures.applicationBody("\"alliance\": {\"durationMonths\": %d, \"partners\": [%s]}"
                .formatted(months, String.join(", ", partners)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("boundaries")
    void theDryRunReturnsExactlyTheBrokenRules(String name, int months, List<String> partners, Set<String> expected) {
        List<String> codes = given().auth().oauth2(KTH_STAFF).contentType(ContentType.JSON)
                .body(allianceBody(months, partners))
                .post("/calls/" + allianceCall() + "/eligibility").then().statusCode(200)
                .body("eligible", equalTo(expected.isEmpty()))
                .extract().path("violations.code");
        assertThat(Set.copyOf(codes)).isEqualTo(expected);
    }

    @Test
    void aSavedDraftIsCheckedAndSubmissionIsRefusedWithEveryCode() {
        String call = Fixtures.openKthCall();
        String body = Fixtures.applicationBody().replace("556036-0793", "556036-0794").replace("\"extentPercent\": 20",
                "\"extentPercent\": 80");
        String id = Fixtures.draftApplication(KTH_STAFF, call, body);

        List<String> codes = given().auth().oauth2(KTH_STAFF).get("/applications/" + id + "/eligibility").then()
                .statusCode(200).body("eligible", equalTo(false))
                .body("violations.field", hasItem("host.organisationNumber"))
                .extract().path("violations.code");
        assertThat(codes).containsExactlyInAnyOrder("ORGANISATION_NUMBER_INVALID", "EXTENT_OUT_OF_RANGE");

        List<String> messages = given().auth().oauth2(KTH_STAFF).post("/applications/" + id + "/submit").then()
                .statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:kloss:problem:not-eligible"))
                .extract().path("errors.message");
        assertThat(messages.stream().map(m -> m.substring(0, m.indexOf(':'))).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("ORGANISATION_NUMBER_INVALID", "EXTENT_OUT_OF_RANGE");
        given().auth().oauth2(KTH_STAFF).get("/applications/" + id).then().body("status", equalTo("DRAFT"));
    }

    @Test
    void anEligibleAllianceApplicationIsSubmitted() {
        String id = Fixtures.draftApplication(KTH_STAFF, allianceCall(),
                allianceBody(36, List.of(HEI_FI, ENT_DE, ENT_SE, OTHER_FI, OTHER_SE)));
        given().auth().oauth2(KTH_STAFF).post("/applications/" + id + "/submit").then().statusCode(200)
                .body("status", equalTo("SUBMITTED"))
                .body("content.alliance.partners.size()", equalTo(5))
                .body("content.host.organisationNumber", startsWith("5560360793"));
    }
}

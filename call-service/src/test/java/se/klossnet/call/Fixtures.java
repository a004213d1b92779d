package se.klossnet.call;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.math.BigDecimal;
import org.hamcrest.CustomTypeSafeMatcher;
import org.hamcrest.Matcher;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import se.klossnet.testing.TestTokens;

/** Builds programmes, calls and applications through the REST API, as a client would. */
public final class Fixtures {

    public static final String KTH_COORDINATOR = TestTokens.of("kth-coordinator", "kth", "coordinator");
    public static final String KTH_MANAGER = TestTokens.of("kth-manager", "kth", "manager");
    public static final String KTH_REVIEWER = TestTokens.of("kth-reviewer", "kth", "reviewer");
    public static final String KTH_REVIEWER_2 = TestTokens.of("kth-reviewer-2", "kth", "reviewer");
    public static final String KTH_STAFF = TestTokens.of("kth-staff", "kth", "staff");
    public static final String KTH_STAFF_2 = TestTokens.of("kth-staff-2", "kth", "staff");
    public static final String KTH_FINANCE = TestTokens.of("kth-finance", "kth", "finance");
    public static final String MAU_COORDINATOR = TestTokens.of("mau-coordinator", "mau", "coordinator");
    public static final String MAU_STAFF = TestTokens.of("mau-staff", "mau", "staff");
    public static final String MAU_MANAGER = TestTokens.of("mau-manager", "mau", "manager");
    public static final String MAU_REVIEWER = TestTokens.of("mau-reviewer", "mau", "reviewer");

    /** A valid organisationsnummer (Saab AB). */
    public static final String SAAB = "556036-0793";

    private Fixtures() {
    }

    /** Matches a JSON number by value, whatever its scale: 300000, 300000.0 and 300000.00 are the same amount. */
    public static Matcher<Object> amount(String expected) {
        return new CustomTypeSafeMatcher<>("the amount " + expected) {
            @Override
            protected boolean matchesSafely(Object actual) {
                return new BigDecimal(actual.toString()).compareTo(new BigDecimal(expected)) == 0;
            }
        };
    }

    public static String programme(String token, String direction) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("""
                        {"name": "Programme %s", "direction": "%s", "fundingSource": "OWN_FUNDS",
                         "themes": ["teaching"], "budgetSek": 5000000}
                        """.formatted(direction, direction))
                .post("/programmes").then().statusCode(201).extract().path("id");
    }

    /** A call body open from an hour ago until {@code closesAt}, 10–50 % for 3–12 months, max 150 000 SEK. */
    public static String callBody(String programmeId, Instant closesAt, String budget) {
        return callBody(programmeId, Instant.now().minus(1, ChronoUnit.HOURS), closesAt, budget, 1, 48);
    }

    public static String callBody(String programmeId, Instant opensAt, Instant closesAt, String budget, int minMonths,
                                  int maxMonths) {
        return """
                {"programmeId": "%s",
                 "title": {"sv": "Utlysning PAUS", "en": "PAUS call"},
                 "description": {"sv": "Lärare ut i samhället.", "en": "Teachers out in society."},
                 "opensAt": "%s", "closesAt": "%s", "budgetSek": %s, "maxGrantSek": 150000,
                 "minExtentPercent": 10, "maxExtentPercent": 50, "minMonths": %d, "maxMonths": %d,
                 "eligibleStaffCategories": ["TEACHER", "RESEARCHER"]}
                """.formatted(programmeId, opensAt, closesAt, budget, minMonths, maxMonths);
    }

    /** Drafts and publishes a call; returns its id. */
    public static String openCall(String token, String programmeId, Instant closesAt, String budget) {
        String id = given().auth().oauth2(token).contentType(ContentType.JSON).body(callBody(programmeId, closesAt, budget))
                .post("/calls").then().statusCode(201).extract().path("id");
        given().auth().oauth2(token).post("/calls/" + id + "/publish").then().statusCode(200);
        return id;
    }

    /** An open OUTBOUND call of KTH with budget 300 000, closing in 30 days. */
    public static String openKthCall() {
        return openCall(KTH_COORDINATOR, programme(KTH_COORDINATOR, "OUTBOUND"), Instant.now().plus(30, ChronoUnit.DAYS),
                "300000");
    }

    /** An eligible application body for an OUTBOUND call: Saab, 20 % for 6 months, 96 000 SEK. */
    public static String applicationBody() {
        return applicationBody("\"alliance\": null");
    }

    /** The same with a replaced {@code "alliance": ...} member (or any other trailing member). */
    public static String applicationBody(String allianceMember) {
        return """
                {"staffCategory": "TEACHER",
                 "host": {"name": "Saab AB", "organisationNumber": "%s", "sector": "BUSINESS", "country": "SE", "region": "01"},
                 "plannedStart": "2027-09-01", "plannedEnd": "2028-02-29", "extentPercent": 20,
                 "budget": {"salarySek": 80000, "travelSek": 12000, "otherSek": 4000},
                 "purpose": "Develop a course module with industry cases.",
                 "mutualValue": "Saab gets research methods; KTH gets cases.",
                 "studentInvolvement": "Two master's theses at Saab.",
                 "disseminationPlan": {
                   "expectedResult": {"text": "A course module.", "topics": ["course-module"]},
                   "learningNeeds": {"text": "Industrial practice.", "topics": []},
                   "users": {"text": "Master's students.", "topics": ["master-students"]},
                   "activities": {"text": "A seminar series.", "topics": ["seminar-series"]},
                   "resources": {"text": "Six months at 20 percent.", "topics": []},
                   "sustainability": {"text": "Enters the syllabus.", "topics": ["syllabus"]}},
                 %s}
                """.formatted(SAAB, allianceMember);
    }

    public static String draftApplication(String staffToken, String callId, String body) {
        return given().auth().oauth2(staffToken).contentType(ContentType.JSON).body(body)
                .post("/calls/" + callId + "/applications").then().statusCode(201).extract().path("id");
    }

    /** Drafts and submits an eligible application; returns its id. */
    public static String submittedApplication(String staffToken, String callId) {
        String id = draftApplication(staffToken, callId, applicationBody());
        given().auth().oauth2(staffToken).post("/applications/" + id + "/submit").then().statusCode(200);
        return id;
    }

    public static void endorse(String applicationId) {
        given().auth().oauth2(KTH_MANAGER).contentType(ContentType.JSON)
                .body("{\"verdict\": \"ENDORSE\", \"comment\": \"Supported by the department.\"}")
                .post("/applications/" + applicationId + "/endorsement").then().statusCode(200);
    }

    public static void close(String callId) {
        given().auth().oauth2(KTH_COORDINATOR).post("/calls/" + callId + "/close").then().statusCode(200);
    }
}

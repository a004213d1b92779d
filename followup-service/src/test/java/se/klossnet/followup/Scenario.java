package se.klossnet.followup;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Every feature of the service exercised once for one exchange of an institution, with free texts, a name and an
 * e-mail address that must never leave the service. Records what it created, for isolation and privacy checks.
 */
public final class Scenario {

    public final String institution;
    public final String programmeId = "prog-" + UUID.randomUUID();
    public final String secretName = "Ingrid Hemligsdotter";
    public final String secretEmail = "ingrid.hemlig." + UUID.randomUUID().toString().substring(0, 6) + "@example.se";
    public final List<String> secrets = new ArrayList<>();
    public final List<String> aggregateIds = new ArrayList<>();
    public Exchanges.Running exchange;
    public String participantUsername;
    public String entryId;
    public String hostDistribution;
    public String participantDistribution;
    public String templateId;
    public String focusGroupId;
    public String outcomeId;
    public String hostToken;

    private Scenario(String institution) {
        this.institution = institution;
    }

    private String secret(String text) {
        secrets.add(text);
        return text;
    }

    public static Scenario run(String institution) {
        Scenario s = new Scenario(institution);
        s.secrets.add(s.secretName);
        s.secrets.add(s.secretEmail);
        String coordinator = Exchanges.coordinatorOf(institution);
        s.exchange = Exchanges.running(institution, s.programmeId);
        s.aggregateIds.add(s.exchange.id());
        String participant = s.exchange.participant();
        String exchangePath = "/exchanges/" + s.exchange.id();

        // logbook
        s.entryId = given().auth().oauth2(participant).contentType(ContentType.JSON).body("""
                {"writtenOn": "%s", "text": "%s", "tags": ["%s"], "shared": true}
                """.formatted(LocalDate.now(), s.secret("Lunch with " + s.secretName + " about the logbook secret plan"),
                        "mentoring")).post(exchangePath + "/logbook/entries").then().statusCode(201).extract().path("id");

        // outcome
        s.outcomeId = given().auth().oauth2(participant).contentType(ContentType.JSON).body("""
                {"type": "JOINT_PROJECT_OR_APPLICATION", "side": "EXTERNAL", "occurredOn": "%s",
                 "description": "%s", "evidenceUrl": "%s"}
                """.formatted(LocalDate.now(), s.secret("Joint application drafted with " + s.secretEmail),
                        s.secret("https://evidence.example/secret-" + UUID.randomUUID())))
                .post(exchangePath + "/outcomes").then().statusCode(201).extract().path("id");
        s.aggregateIds.add(s.outcomeId);

        // dissemination
        given().auth().oauth2(participant).contentType(ContentType.JSON).body("""
                {"answers": {"expectedResult": "%s", "livesOnWithoutGrant": "%s"}, "plannedActivities": {"ARTICLE": 1}}
                """.formatted(s.secret("Expected: a confidential course outline"), s.secret("It lives on in Ingrids unit")))
                .put(exchangePath + "/dissemination/plan").then().statusCode(200);
        given().auth().oauth2(participant).contentType(ContentType.JSON).body("""
                {"type": "ARTICLE", "audience": "%s", "heldOn": "%s", "description": "%s"}
                """.formatted(s.secret("Readers of the secret staff newsletter"), LocalDate.now(),
                        s.secret("Article written together with " + s.secretName)))
                .post(exchangePath + "/dissemination/activities").then().statusCode(201);
        given().auth().oauth2(participant).contentType(ContentType.JSON).body("""
                {"text": "%s", "version": 0}
                """.formatted(s.secret("Closing: the secret network continues")))
                .put(exchangePath + "/dissemination/closing-statement").then().statusCode(200);

        // focus group
        s.focusGroupId = given().auth().oauth2(coordinator).contentType(ContentType.JSON).body("""
                {"programmeId": "%s", "heldOn": "%s", "facilitator": "%s", "participantExchangeIds": ["%s"],
                 "otherParticipantCount": 1, "themes": ["valorisation"], "notes": "%s"}
                """.formatted(s.programmeId, LocalDate.now(), s.secret("Facilitator Bengt Hemlig"), s.exchange.id(),
                        s.secret("Notes: " + s.secretName + " said the secret thing")))
                .post("/focus-groups").then().statusCode(201).extract().path("id");
        s.aggregateIds.add(s.focusGroupId);

        // surveys: the exchange completes, the host answers by link, the participant with their account
        Feed.publish(institution, new se.klossnet.events.exchange.ExchangeCompleted(s.exchange.id(), LocalDate.now(),
                java.math.BigDecimal.ONE));
        Exchanges.awaitState(institution, s.exchange.id(), "COMPLETED");
        s.hostDistribution = given().auth().oauth2(coordinator).queryParam("exchangeId", s.exchange.id())
                .queryParam("respondentRole", "HOST_CONTACT").get("/survey-distributions").then().statusCode(200)
                .extract().path("items[0].id");
        s.hostToken = given().auth().oauth2(coordinator).post("/survey-distributions/" + s.hostDistribution + "/link")
                .then().statusCode(200).extract().path("token");
        s.secrets.add(s.hostToken);
        given().contentType(ContentType.JSON).body("""
                {"answers": {"overall_value": 4, "competence_use": 5, "continue_collaboration": "yes", "recommend": 9,
                             "comments": "%s"}}
                """.formatted(s.secret("Host comment: call " + s.secretName + " at " + s.secretEmail)))
                .post("/survey-links/" + s.hostToken + "/response").then().statusCode(201);
        s.participantDistribution = given().auth().oauth2(participant).queryParam("status", "OPEN").get("/me/surveys")
                .then().statusCode(200).extract().path("items[0].id");
        given().auth().oauth2(participant).contentType(ContentType.JSON).body("""
                {"answers": {"overall_value": 5, "goals_met": 5, "host_support": 4, "recommend": 10,
                             "reflections": "%s"}}
                """.formatted(s.secret("Reflection: the secret of good collaboration")))
                .post("/me/surveys/" + s.participantDistribution + "/response").then().statusCode(201);

        // an institution's own questionnaire version
        s.templateId = given().auth().oauth2(coordinator).contentType(ContentType.JSON).body("""
                {"key": "scenario-%s", "respondentRole": "MANAGER", "titleSv": "Chefsenkät", "titleEn": "Manager survey",
                 "questions": [{"key": "value", "type": "LIKERT_5", "required": true, "textSv": "Värde?", "textEn": "Value?"}]}
                """.formatted(UUID.randomUUID().toString().substring(0, 8)))
                .post("/survey-templates").then().statusCode(201).extract().path("id");
        s.participantUsername = s.exchange.username();
        s.secrets.add(s.participantUsername);
        return s;
    }
}

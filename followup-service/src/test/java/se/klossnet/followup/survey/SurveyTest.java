package se.klossnet.followup.survey;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static se.klossnet.followup.Exchanges.KTH_COORDINATOR;
import static se.klossnet.followup.Exchanges.MAU_COORDINATOR;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import se.klossnet.events.Direction;
import se.klossnet.events.HostOrganisation;
import se.klossnet.events.HostSector;
import se.klossnet.events.call.ApplicationGranted;
import se.klossnet.events.exchange.ExchangeCompleted;
import se.klossnet.events.exchange.ExchangeStarted;
import se.klossnet.events.followup.RespondentRole;
import se.klossnet.events.followup.SurveyResponded;
import se.klossnet.events.kafka.CloudEventsKafkaMapping;
import se.klossnet.followup.Exchanges;
import se.klossnet.followup.Feed;
import se.klossnet.testing.RealInfrastructure;
import se.klossnet.testing.TestTokens;
import se.klossnet.testing.TopicProbe;

@QuarkusTest
@QuarkusTestResource(RealInfrastructure.class)
class SurveyTest {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    SurveyJobs jobs;

    private static String distributionOf(String exchangeId, String role) {
        return given().auth().oauth2(KTH_COORDINATOR).queryParam("exchangeId", exchangeId)
                .queryParam("respondentRole", role).queryParam("round", "END_OF_EXCHANGE")
                .get("/survey-distributions").then().statusCode(200).body("total", equalTo(1))
                .extract().path("items[0].id");
    }

    private static JsonPath issueLink(String distributionId) {
        return given().auth().oauth2(KTH_COORDINATOR).post("/survey-distributions/" + distributionId + "/link")
                .then().statusCode(200).extract().jsonPath();
    }

    private static String hostAnswers(int overall, int recommend, String collaboration, String comments) {
        return """
                {"answers": {"overall_value": %d, "competence_use": 4, "continue_collaboration": "%s",
                             "recommend": %d, "comments": "%s"}}
                """.formatted(overall, collaboration, recommend, comments);
    }

    @Test
    void aHostContactAnswersThroughTheLinkOnceWithNoAccount() {
        Exchanges.Running exchange = Exchanges.completed("kth", "prog-" + UUID.randomUUID());
        String host = distributionOf(exchange.id(), "HOST_CONTACT");
        JsonPath link = issueLink(host);
        String token = link.getString("token");
        assertThat(link.getString("url")).endsWith("/survey-links/" + token);

        given().get("/survey-links/" + token).then().statusCode(200)
                .body("templateKey", equalTo("host-end")).body("respondentRole", equalTo("HOST_CONTACT"))
                .body("questions.key", hasItems("overall_value", "recommend", "comments"));
        String responseId = given().contentType(ContentType.JSON)
                .body(hostAnswers(5, 9, "yes", "Very useful, contact me at anna.host@example.com"))
                .post("/survey-links/" + token + "/response").then().statusCode(201).extract().path("responseId");

        given().contentType(ContentType.JSON).body(hostAnswers(1, 0, "no", "second try"))
                .post("/survey-links/" + token + "/response").then().statusCode(410)
                .contentType("application/problem+json").body("type", equalTo("urn:kloss:problem:link-used"));
        given().get("/survey-links/" + token).then().statusCode(410).body("type", equalTo("urn:kloss:problem:link-used"));
        given().get("/survey-links/" + "x".repeat(43)).then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(KTH_COORDINATOR).get("/survey-distributions/" + host).then()
                .body("status", equalTo("ANSWERED")).body("linkUsed", equalTo(true));
        given().auth().oauth2(KTH_COORDINATOR).get("/survey-distributions/" + host + "/response").then().statusCode(200)
                .body("answers.comments", equalTo("Very useful, contact me at anna.host@example.com"))
                .body("scores.overall_value", equalTo(5));
        // the answered survey takes no new link
        given().auth().oauth2(KTH_COORDINATOR).post("/survey-distributions/" + host + "/link").then().statusCode(409);

        try (TopicProbe probe = TopicProbe.of(RealInfrastructure.kafka().bootstrapServers(), Feed.followupTopic("kth"))) {
            List<ConsumerRecord<String, byte[]>> records = probe.awaitRecords(1, Duration.ofSeconds(20),
                    r -> exchange.id().equals(r.key()));
            assertThat(records).hasSize(1);
            SurveyResponded responded = (SurveyResponded) CloudEventsKafkaMapping.fromRecord(records.get(0)).data();
            assertThat(responded.responseId()).isEqualTo(responseId);
            assertThat(responded.respondentRole()).isEqualTo(RespondentRole.HOST_CONTACT);
            assertThat(responded.surveyId()).isEqualTo("host-end.v1");
            // the NPS answer (recommend: 9, scale 0-10) stays in the service: the national scale is 1-5
            assertThat(responded.scores()).isEqualTo(Map.of("overall_value", 5, "competence_use", 4));
            assertThat(new String(records.get(0).value(), StandardCharsets.UTF_8))
                    .doesNotContain("anna.host", "Very useful", "yes");
        }
    }

    @Test
    void anExpiredOrReplacedLinkFailsClearly() throws Exception {
        Exchanges.Running exchange = Exchanges.completed("kth", "prog-" + UUID.randomUUID());
        String manager = distributionOf(exchange.id(), "MANAGER");
        String first = issueLink(manager).getString("token");
        String second = issueLink(manager).getString("token");
        given().get("/survey-links/" + first).then().statusCode(404);
        given().get("/survey-links/" + second).then().statusCode(200).body("templateKey", equalTo("manager-end"));

        try (Connection c = dataSource.getConnection();
             PreparedStatement expire = c.prepareStatement(
                     "UPDATE survey_distribution SET link_expires_at = now() - interval '1 minute' WHERE id = ?::uuid")) {
            expire.setString(1, manager);
            assertThat(expire.executeUpdate()).isEqualTo(1);
        }
        given().contentType(ContentType.JSON).body("{\"answers\": {\"overall_value\": 4, \"unit_benefit\": 4}}")
                .post("/survey-links/" + second + "/response").then().statusCode(410)
                .contentType("application/problem+json").body("type", equalTo("urn:kloss:problem:link-expired"))
                .body("detail", startsWith("this survey link expired"));
        // a fresh link works again, and only the hash is stored
        String third = issueLink(manager).getString("token");
        try (Connection c = dataSource.getConnection();
             PreparedStatement find = c.prepareStatement(
                     "SELECT link_token_hash FROM survey_distribution WHERE id = ?::uuid")) {
            find.setString(1, manager);
            try (ResultSet row = find.executeQuery()) {
                row.next();
                assertThat(row.getString(1)).isEqualTo(LinkTokens.hash(third)).doesNotContain(third);
            }
        }
        given().contentType(ContentType.JSON).body("{\"answers\": {\"overall_value\": 4, \"unit_benefit\": 3}}")
                .post("/survey-links/" + third + "/response").then().statusCode(201);
    }

    @Test
    void anInvalidResponseIsRefusedNamingEachQuestion() {
        Exchanges.Running exchange = Exchanges.completed("kth", "prog-" + UUID.randomUUID());
        String token = issueLink(distributionOf(exchange.id(), "HOST_CONTACT")).getString("token");
        String url = "/survey-links/" + token + "/response";

        given().contentType(ContentType.JSON)
                .body("{\"answers\": {\"competence_use\": 6, \"continue_collaboration\": \"perhaps\", \"recommend\": 11,"
                        + " \"favourite_colour\": \"blue\"}}")
                .post(url).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("answers.overall_value", "answers.competence_use",
                        "answers.continue_collaboration", "answers.recommend", "answers.favourite_colour"));
        given().contentType(ContentType.JSON).body("{\"answers\": {\"overall_value\": \"five\"}}").post(url).then()
                .statusCode(400).body("errors.field", hasItem("answers.overall_value"));
        given().contentType(ContentType.JSON).body("{\"answers\": {\"overall_value\": 4.5}}").post(url).then()
                .statusCode(400).body("errors.field", hasItem("answers.overall_value"));
        given().contentType(ContentType.JSON).body("{}").post(url).then().statusCode(400)
                .body("errors[0].field", equalTo("answers"));
        given().contentType(ContentType.JSON).body("{\"answers\": [1, 2]").post(url).then().statusCode(400)
                .contentType("application/problem+json");
        // nothing was used up by the refusals
        given().contentType(ContentType.JSON).body(hostAnswers(4, 8, "maybe", "")).post(url).then().statusCode(201);
    }

    @Test
    void theParticipantAnswersTheirOwnSurveyWithTheirAccount() {
        Exchanges.Running exchange = Exchanges.completed("kth", "prog-" + UUID.randomUUID());
        String mine = given().auth().oauth2(exchange.participant()).queryParam("status", "OPEN").get("/me/surveys")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].respondentRole", equalTo("PARTICIPANT"))
                .extract().path("items[0].id");
        given().auth().oauth2(exchange.participant()).get("/me/surveys/" + mine + "/questionnaire").then()
                .statusCode(200).body("templateKey", equalTo("participant-end"));
        String colleague = TestTokens.of("kth-colleague-" + UUID.randomUUID(), "kth", "staff");
        given().auth().oauth2(colleague).get("/me/surveys/" + mine + "/questionnaire").then().statusCode(404);
        given().auth().oauth2(colleague).contentType(ContentType.JSON).body("{\"answers\": {}}")
                .post("/me/surveys/" + mine + "/response").then().statusCode(404);
        // participants answer with their account: no link for them
        given().auth().oauth2(KTH_COORDINATOR).post("/survey-distributions/" + mine + "/link").then().statusCode(409);

        String answers = """
                {"answers": {"overall_value": 5, "goals_met": 4, "host_support": 5, "recommend": 10,
                             "student_involvement": "some", "collaboration_forms": ["thesis", "guest_lecture"],
                             "reflections": "I learnt how the host plans its products"}}
                """;
        given().auth().oauth2(exchange.participant()).contentType(ContentType.JSON).body(answers)
                .post("/me/surveys/" + mine + "/response").then().statusCode(201);
        given().auth().oauth2(exchange.participant()).contentType(ContentType.JSON).body(answers)
                .post("/me/surveys/" + mine + "/response").then().statusCode(409);
        given().auth().oauth2(KTH_COORDINATOR).get("/survey-distributions/" + mine + "/response").then()
                .body("answers.collaboration_forms", containsInAnyOrder("thesis", "guest_lecture"));
    }

    @Test
    void resultsAggregatePerProgrammeCallAndPeriod() {
        String programme = "prog-" + UUID.randomUUID();
        String call = "call-" + UUID.randomUUID();
        int[][] known = {{5, 10}, {3, 9}, {4, 2}};
        String[] collaboration = {"yes", "yes", "no"};
        for (int i = 0; i < known.length; i++) {
            String exchangeId = Exchanges.newId();
            String applicationId = "app-" + UUID.randomUUID();
            if (i == 0) {
                Feed.publish("kth", new ApplicationGranted(applicationId, call, programme, Direction.OUTBOUND, "psn-a",
                        new HostOrganisation(HostSector.PUBLIC, "SE", null, null), LocalDate.now().minusMonths(6),
                        LocalDate.now(), 20, new BigDecimal("100000"), List.of(), List.of()));
            }
            Feed.publish("kth", Exchanges.planned(exchangeId, programme, "psn-" + i, LocalDate.now().minusMonths(6),
                    LocalDate.now(), applicationId));
            Feed.publish("kth", new ExchangeStarted(exchangeId, LocalDate.now().minusMonths(6)));
            Feed.publish("kth", new ExchangeCompleted(exchangeId, LocalDate.now(), BigDecimal.ONE));
            Exchanges.awaitState("kth", exchangeId, "COMPLETED");
            String token = issueLink(distributionOf(exchangeId, "HOST_CONTACT")).getString("token");
            given().contentType(ContentType.JSON).body(hostAnswers(known[i][0], known[i][1], collaboration[i], "c" + i))
                    .post("/survey-links/" + token + "/response").then().statusCode(201);
        }

        JsonPath results = given().auth().oauth2(KTH_COORDINATOR).queryParam("templateKey", "host-end")
                .queryParam("programmeId", programme).get("/survey-results").then().statusCode(200)
                .extract().jsonPath();
        assertThat(results.getInt("responses")).isEqualTo(3);
        assertThat(results.getString("questions.find { it.key == 'overall_value' }.mean")).isEqualTo("4.0");
        assertThat(results.getMap("questions.find { it.key == 'overall_value' }.distribution"))
                .containsEntry("5", 1).containsEntry("4", 1).containsEntry("3", 1).containsEntry("1", 0);
        assertThat(results.getString("questions.find { it.key == 'recommend' }.mean")).isEqualTo("7.0");
        assertThat(results.getInt("questions.find { it.key == 'recommend' }.netPromoterScore")).isEqualTo(33);
        assertThat(results.getMap("questions.find { it.key == 'continue_collaboration' }.choices"))
                .containsEntry("yes", 2).containsEntry("no", 1).containsEntry("maybe", 0);
        assertThat(results.getInt("questions.find { it.key == 'comments' }.answered")).isEqualTo(3);

        // the grant's call: only the first exchange came from it (its grant arrives on the call topic, in any order)
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().auth().oauth2(KTH_COORDINATOR).queryParam("templateKey", "host-end").queryParam("callId", call)
                        .get("/survey-results").then().statusCode(200).body("responses", equalTo(1))
                        .body("questions.find { it.key == 'overall_value' }.mean", equalTo(5.0f)));
        given().auth().oauth2(KTH_COORDINATOR).queryParam("templateKey", "host-end").queryParam("programmeId", programme)
                .queryParam("from", LocalDate.now().plusDays(2).toString()).get("/survey-results").then()
                .body("responses", equalTo(0));
        given().auth().oauth2(KTH_COORDINATOR).queryParam("templateKey", "host-end").queryParam("programmeId", programme)
                .queryParam("from", LocalDate.now().minusDays(1).toString()).queryParam("to", LocalDate.now().toString())
                .queryParam("respondentRole", "HOST_CONTACT").get("/survey-results").then().body("responses", equalTo(3));
        given().auth().oauth2(MAU_COORDINATOR).queryParam("templateKey", "host-end").queryParam("programmeId", programme)
                .get("/survey-results").then().statusCode(200).body("responses", equalTo(0));
        given().auth().oauth2(KTH_COORDINATOR).get("/survey-results").then().statusCode(400)
                .body("errors[0].field", equalTo("templateKey"));
        given().auth().oauth2(exchangeParticipantToken()).queryParam("templateKey", "host-end").get("/survey-results")
                .then().statusCode(403);
    }

    private static String exchangeParticipantToken() {
        return TestTokens.of("kth-staff", "kth", "staff");
    }

    @Test
    void templatesAreVersionedAndOnDemandSurveysUseTheNewestVersion() {
        String key = "pulse-" + UUID.randomUUID().toString().substring(0, 8);
        String template = """
                {"key": "%s", "respondentRole": "PARTICIPANT", "titleSv": "Puls", "titleEn": "Pulse",
                 "questions": [{"key": "mood", "type": "LIKERT_5", "required": true, "textSv": "Hur går det?",
                                "textEn": "How is it going?"}%s]}
                """;
        given().auth().oauth2(KTH_COORDINATOR).contentType(ContentType.JSON).body(template.formatted(key, ""))
                .post("/survey-templates").then().statusCode(201).body("version", equalTo(1))
                .body("networkDefault", equalTo(false));
        String v2 = given().auth().oauth2(KTH_COORDINATOR).contentType(ContentType.JSON)
                .body(template.formatted(key, """
                        , {"key": "blockers", "type": "MULTI_CHOICE", "required": false, "textSv": "Hinder?",
                           "textEn": "Blockers?", "choices": [{"key": "time", "textSv": "Tid", "textEn": "Time"},
                                                             {"key": "money", "textSv": "Pengar", "textEn": "Money"}]}
                        """))
                .post("/survey-templates").then().statusCode(201).body("version", equalTo(2)).extract().path("id");
        given().auth().oauth2(KTH_COORDINATOR).contentType(ContentType.JSON)
                .body(template.formatted(key, "").replace("PARTICIPANT", "MANAGER"))
                .post("/survey-templates").then().statusCode(400).body("errors[0].field", equalTo("respondentRole"));
        given().auth().oauth2(KTH_COORDINATOR).contentType(ContentType.JSON)
                .body(template.formatted(key, """
                        , {"key": "mood", "type": "SINGLE_CHOICE", "required": false, "textSv": "a", "textEn": "a"}
                        """))
                .post("/survey-templates").then().statusCode(400)
                .body("errors.field", hasItems("questions[1].key", "questions[1].choices"));
        given().auth().oauth2(KTH_COORDINATOR).contentType(ContentType.JSON)
                .body("{\"key\": \"Bad Key\", \"respondentRole\": \"ALIEN\", \"questions\": []}")
                .post("/survey-templates").then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(KTH_COORDINATOR).queryParam("key", key).get("/survey-templates").then()
                .body("total", equalTo(2)).body("items[0].version", equalTo(2));
        given().auth().oauth2(MAU_COORDINATOR).queryParam("key", key).get("/survey-templates").then()
                .body("total", equalTo(0));
        given().auth().oauth2(MAU_COORDINATOR).get("/survey-templates/" + v2).then().statusCode(404);
        given().auth().oauth2(MAU_COORDINATOR).queryParam("key", "host-end").get("/survey-templates").then()
                .body("items.networkDefault", hasItem(true));

        Exchanges.Running exchange = Exchanges.running("kth", "prog-" + UUID.randomUUID());
        String sent = given().auth().oauth2(KTH_COORDINATOR).contentType(ContentType.JSON)
                .body("{\"exchangeId\": \"" + exchange.id() + "\", \"templateKey\": \"" + key + "\"}")
                .post("/survey-distributions").then().statusCode(201)
                .body("status", equalTo("OPEN")).body("round", equalTo("ON_DEMAND")).body("templateId", equalTo(v2))
                .extract().path("id");
        given().auth().oauth2(exchange.participant()).get("/me/surveys/" + sent + "/questionnaire").then()
                .body("templateVersion", equalTo(2)).body("questions.key", containsInAnyOrder("mood", "blockers"));
        given().auth().oauth2(exchange.participant()).contentType(ContentType.JSON)
                .body("{\"answers\": {\"mood\": 4, \"blockers\": [\"time\", \"time\"]}}")
                .post("/me/surveys/" + sent + "/response").then().statusCode(400)
                .body("errors[0].field", equalTo("answers.blockers"));
        given().auth().oauth2(KTH_COORDINATOR).contentType(ContentType.JSON)
                .body("{\"exchangeId\": \"" + exchange.id() + "\", \"templateKey\": \"no-such-template\"}")
                .post("/survey-distributions").then().statusCode(400).body("errors[0].field", equalTo("templateKey"));
        given().auth().oauth2(MAU_COORDINATOR).contentType(ContentType.JSON)
                .body("{\"exchangeId\": \"" + exchange.id() + "\", \"templateKey\": \"" + key + "\"}")
                .post("/survey-distributions").then().statusCode(404);
        given().auth().oauth2(exchange.participant()).contentType(ContentType.JSON)
                .body("{\"exchangeId\": \"" + exchange.id() + "\", \"templateKey\": \"" + key + "\"}")
                .post("/survey-distributions").then().statusCode(403);
    }

    @Test
    void remindersAndTheLongTermSurveyFollowTheClock() {
        LocalDate completedOn = LocalDate.of(2020, 1, 10);
        String exchangeId = Exchanges.newId();
        Feed.publish("kth", Exchanges.planned(exchangeId, "prog-old", "psn-old", LocalDate.of(2019, 7, 1), completedOn, null));
        Feed.publish("kth", new ExchangeStarted(exchangeId, LocalDate.of(2019, 7, 1)));
        Feed.publish("kth", new ExchangeCompleted(exchangeId, completedOn, BigDecimal.ONE));
        Exchanges.awaitState("kth", exchangeId, "COMPLETED");
        String longTerm = given().auth().oauth2(KTH_COORDINATOR).queryParam("exchangeId", exchangeId)
                .queryParam("round", "LONG_TERM").get("/survey-distributions").then()
                .body("items[0].status", equalTo("SCHEDULED")).body("items[0].opensOn", equalTo("2021-01-10"))
                .extract().path("items[0].id");

        jobs.openDue(LocalDate.of(2021, 1, 9), Instant.now());
        given().auth().oauth2(KTH_COORDINATOR).get("/survey-distributions/" + longTerm).then()
                .body("status", equalTo("SCHEDULED"));
        assertThat(jobs.openDue(LocalDate.of(2021, 1, 10), Instant.now())).isGreaterThanOrEqualTo(1);
        given().auth().oauth2(KTH_COORDINATOR).get("/survey-distributions/" + longTerm).then()
                .body("status", equalTo("OPEN")).body("templateKey", equalTo("participant-long-term"));

        String host = distributionOf(exchangeId, "HOST_CONTACT");
        Instant later = Instant.now().plus(Duration.ofDays(8));
        jobs.remind(Instant.now());
        given().auth().oauth2(KTH_COORDINATOR).get("/survey-distributions/" + host).then().body("remindersSent", equalTo(0));
        jobs.remind(later);
        given().auth().oauth2(KTH_COORDINATOR).get("/survey-distributions/" + host).then().body("remindersSent", equalTo(1));
        jobs.remind(later.plus(Duration.ofDays(1)));
        given().auth().oauth2(KTH_COORDINATOR).get("/survey-distributions/" + host).then().body("remindersSent", equalTo(1));
        given().auth().oauth2(KTH_COORDINATOR).queryParam("exchangeId", exchangeId)
                .queryParam("remindedSince", later.minusSeconds(1).toString()).get("/survey-distributions").then()
                .body("items.id", hasItem(host)).body("items.status", not(hasItem("ANSWERED")));
        given().auth().oauth2(KTH_COORDINATOR).queryParam("remindedSince", "last tuesday").get("/survey-distributions")
                .then().statusCode(400).body("errors[0].field", equalTo("remindedSince"));
    }
}

package se.klossnet.followup.privacy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import se.klossnet.events.EventEnvelope;
import se.klossnet.events.kafka.CloudEventsKafkaMapping;
import se.klossnet.events.privacy.PersonErasureCompleted;
import se.klossnet.events.privacy.PersonErasureRequested;
import se.klossnet.events.privacy.PersonExportPartReady;
import se.klossnet.events.privacy.PersonExportRequested;
import se.klossnet.followup.Feed;
import se.klossnet.followup.Scenario;
import se.klossnet.testing.RealInfrastructure;
import se.klossnet.testing.TestPseudonyms;
import se.klossnet.testing.TestTokens;
import se.klossnet.testing.TopicProbe;

/**
 * The followup-service's part of exports and erasures, and its retention job, on real PostgreSQL and Kafka. The
 * scenario's participant writes a logbook, an outcome, a dissemination plan and answers a survey.
 */
@QuarkusTest
@QuarkusTestResource(RealInfrastructure.class)
class PersonalDataTest {

    private static final String KTH_PRIVACY = TestTokens.of("kth-privacy", "kth", "privacy");
    private static final String TOPIC = "kloss.kth.privacy.v1";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    RetentionJob retention;

    /** The participant's own free texts in the scenario (the host's comment and the focus group are others'). */
    private static List<String> participantTexts(Scenario s) {
        return s.secrets.stream().filter(t -> t.startsWith("Lunch with") || t.startsWith("Joint application")
                || t.startsWith("https://evidence") || t.startsWith("Expected:") || t.startsWith("It lives on")
                || t.startsWith("Article written") || t.startsWith("Readers of") || t.startsWith("Closing:")
                || t.startsWith("Reflection:")).toList();
    }

    private static String pseudonymOf(Scenario s) {
        return TestPseudonyms.of(s.participantUsername);
    }

    private static EventEnvelope<?> answer(TopicProbe probe, String requestId) {
        List<ConsumerRecord<String, byte[]>> records = probe.awaitRecords(1, Duration.ofSeconds(30),
                r -> r.key().equals(requestId) && new String(r.headers().lastHeader("ce_source").value())
                        .endsWith("followup-service"));
        assertThat(records).hasSize(1);
        return CloudEventsKafkaMapping.fromRecord(records.get(0));
    }

    private String exportPart(String person) {
        String requestId = "prv-" + UUID.randomUUID();
        try (TopicProbe probe = TopicProbe.of(RealInfrastructure.kafka().bootstrapServers(), TOPIC)) {
            Feed.publish("kth", new PersonExportRequested(requestId, person));
            assertThat(answer(probe, requestId).data()).isInstanceOf(PersonExportPartReady.class);
        }
        return given().auth().oauth2(KTH_PRIVACY).get("/privacy/parts/" + requestId).then().statusCode(200)
                .extract().asString();
    }

    @Test
    void theExportHoldsTheLogbookSurveyAnswersOutcomesAndDisseminationAndAnErasureRemovesTheirText() {
        Scenario s = Scenario.run("kth");
        List<String> texts = participantTexts(s);
        assertThat(texts).hasSize(9);
        String person = pseudonymOf(s);
        // The register's pseudonym replaced the coordinator's placeholder link when the participant first called.
        given().auth().oauth2(s.exchange.participant()).get("/me").then().statusCode(200)
                .body("pseudonym", org.hamcrest.Matchers.equalTo(person));

        String before = exportPart(person);
        assertThat(before).contains(texts).contains(s.exchange.id());

        String requestId = "prv-" + UUID.randomUUID();
        try (TopicProbe probe = TopicProbe.of(RealInfrastructure.kafka().bootstrapServers(), TOPIC)) {
            Feed.publish("kth", new PersonErasureRequested(requestId, person, "psn-dpo"));
            EventEnvelope<?> answer = answer(probe, requestId);
            assertThat(answer.data()).isInstanceOf(PersonErasureCompleted.class);
            assertThat(((PersonErasureCompleted) answer.data()).anonymisedCount()).isGreaterThanOrEqualTo(6);
        }

        String after = exportPart(person);
        for (String text : texts) {
            assertThat(after).doesNotContain(text);
        }
        assertThat(after).doesNotContain(s.participantUsername).contains("[erased]");
        // The figures stay: the scores of the participant's survey response and the logbook's entry count.
        assertThat(after).containsPattern("\"overall_value\":\\s*5");
        String logbook = given().auth().oauth2(se.klossnet.followup.Exchanges.KTH_COORDINATOR)
                .get("/exchanges/" + s.exchange.id() + "/logbook").then().statusCode(200).extract().asString();
        assertThat(logbook).doesNotContain(texts.get(0));
    }

    @Test
    void theExportPartIsForAPrivacyOfficerOrThePersonOnly() {
        Scenario s = Scenario.run("kth");
        String requestId = "prv-" + UUID.randomUUID();
        try (TopicProbe probe = TopicProbe.of(RealInfrastructure.kafka().bootstrapServers(), TOPIC)) {
            Feed.publish("kth", new PersonExportRequested(requestId, pseudonymOf(s)));
            answer(probe, requestId);
        }
        given().auth().oauth2(s.exchange.participant()).get("/privacy/parts/" + requestId).then().statusCode(200);
        given().auth().oauth2(se.klossnet.followup.Exchanges.KTH_COORDINATOR).get("/privacy/parts/" + requestId)
                .then().statusCode(404);
        given().auth().oauth2(TestTokens.of("mau-privacy", "mau", "privacy")).get("/privacy/parts/" + requestId)
                .then().statusCode(404);
        given().auth().oauth2(KTH_PRIVACY).get("/privacy/holds/" + pseudonymOf(s)).then().statusCode(200)
                .body("$", org.hamcrest.Matchers.empty());
        given().auth().oauth2(TestTokens.of("mau-privacy", "mau", "privacy")).get("/privacy/holds/" + pseudonymOf(s))
                .then().statusCode(404);
    }

    @Test
    void theRetentionJobRemovesWhatIsPastItsPeriodAndNothingElse() throws SQLException {
        Scenario old = Scenario.run("kth");
        Scenario recent = Scenario.run("kth");
        // The old scenario's logbook entry was written, and its surveys answered, three years ago (the test profile
        // keeps logbooks and survey free text for two years).
        execute("UPDATE logbook_entry SET created_at = created_at - interval '3 years' WHERE id = ?::uuid", old.entryId);
        execute("UPDATE survey_response SET answered_at = answered_at - interval '3 years' WHERE distribution_id IN "
                + "(SELECT id FROM survey_distribution WHERE exchange_id = ?)", old.exchange.id());

        Map<String, Integer> done = retention.enforce(Instant.now());

        assertThat(done).containsKeys(RetentionJob.LOGBOOKS, RetentionJob.SURVEY_FREE_TEXT);
        assertThat(count("SELECT count(*) FROM logbook_entry WHERE id = ?::uuid", old.entryId)).isZero();
        assertThat(count("SELECT count(*) FROM logbook_entry WHERE id = ?::uuid", recent.entryId)).isOne();
        assertThat(text("SELECT string_agg(answers::text, ' ') FROM survey_response r JOIN survey_distribution d ON "
                + "d.id = r.distribution_id WHERE d.exchange_id = ?", old.exchange.id()))
                .doesNotContain("Reflection:").doesNotContain("Host comment").contains("[erased]")
                .contains("\"overall_value\": 5");
        assertThat(text("SELECT string_agg(answers::text, ' ') FROM survey_response r JOIN survey_distribution d ON "
                + "d.id = r.distribution_id WHERE d.exchange_id = ?", recent.exchange.id()))
                .contains("Reflection:").contains("Host comment").doesNotContain("[erased]");
        // Running it again finds nothing more to do.
        Map<String, Integer> again = retention.enforce(Instant.now());
        assertThat(count("SELECT count(*) FROM logbook_entry WHERE id = ?::uuid", recent.entryId)).isOne();
        assertThat(again.get(RetentionJob.SURVEY_FREE_TEXT)).isZero();
    }

    private void execute(String sql, String parameter) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, parameter);
            assertThat(s.executeUpdate()).isPositive();
        }
    }

    private long count(String sql, String parameter) throws SQLException {
        return Long.parseLong(text(sql, parameter));
    }

    private String text(String sql, String parameter) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, parameter);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getString(1);
            }
        }
    }
}

package se.klossnet.exchange.privacy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import se.klossnet.events.DomainEvent;
import se.klossnet.events.Direction;
import se.klossnet.events.EventEnvelope;
import se.klossnet.events.call.ApplicationGranted;
import se.klossnet.events.kafka.CloudEventsKafkaMapping;
import se.klossnet.events.privacy.PersonErasureCompleted;
import se.klossnet.events.privacy.PersonErasureRefused;
import se.klossnet.events.privacy.PersonErasureRequested;
import se.klossnet.events.privacy.PersonExportPartReady;
import se.klossnet.events.privacy.PersonExportRequested;
import se.klossnet.exchange.support.Api;
import se.klossnet.exchange.support.ExchangeTestInfrastructure;
import se.klossnet.testing.RealInfrastructure;
import se.klossnet.testing.TestPseudonyms;
import se.klossnet.testing.TestTokens;
import se.klossnet.testing.TopicProbe;

/** The exchange-service's part of the node's exports and erasures, and the accounting rule that can forbid one. */
@QuarkusTest
@QuarkusTestResource(ExchangeTestInfrastructure.class)
class PrivacyTest {

    private static final String KTH_PRIVACY = TestTokens.of("kth-privacy", "kth", "privacy");
    private static final String TOPIC = "kloss.kth.privacy.v1";

    /** An exchange granted to a staff member whose pseudonym comes from the register, with their name on it. */
    private record Participant(String username, String pseudonym, String exchange, String name) {
    }

    private static Participant participant() {
        String username = "kth-staff-" + UUID.randomUUID();
        String pseudonym = TestPseudonyms.of(username);
        ApplicationGranted g = Api.grant(Direction.OUTBOUND, LocalDate.of(2030, 1, 1), LocalDate.of(2030, 6, 30), 20,
                "90000", Api.ERICSSON, List.of());
        String exchange = Api.plannedExchange("kth", new ApplicationGranted(g.applicationId(), g.callId(),
                g.programmeId(), g.direction(), pseudonym, g.host(), g.plannedStart(), g.plannedEnd(),
                g.extentPercent(), g.grantedSek(), g.dissemination(), g.partners()));
        String name = "Sekretess Persson " + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> terms = new java.util.HashMap<>(Api.terms(username, "Hanna Host", Api.version("kth", exchange)));
        terms.put("participantName", name);
        given().auth().oauth2(Api.coordinator("kth")).contentType(ContentType.JSON).body(terms)
                .put("/exchanges/" + exchange + "/agreement").then().statusCode(200);
        return new Participant(username, pseudonym, exchange, name);
    }

    private static void publish(DomainEvent event) {
        Api.send(CloudEventsKafkaMapping.toRecord(EventEnvelope.wrap("kth", "call-service", event, Clock.systemUTC())));
    }

    private static EventEnvelope<?> answer(TopicProbe probe, String requestId) {
        List<ConsumerRecord<String, byte[]>> records = probe.awaitRecords(1, Duration.ofSeconds(30),
                r -> r.key().equals(requestId) && !new String(r.headers().lastHeader("ce_source").value())
                        .endsWith("call-service"));
        assertThat(records).hasSize(1);
        return CloudEventsKafkaMapping.fromRecord(records.get(0));
    }

    @Test
    void anErasureRemovesTheParticipantsNameAndAccountAndKeepsTheExchange() {
        Participant p = participant();
        assertThat(Api.exchange("kth", p.exchange()).getString("participant.name")).isEqualTo(p.name());
        String requestId = "prv-" + UUID.randomUUID();
        try (TopicProbe probe = TopicProbe.of(RealInfrastructure.kafka().bootstrapServers(), TOPIC)) {
            publish(new PersonErasureRequested(requestId, p.pseudonym(), "psn-dpo"));
            EventEnvelope<?> answer = answer(probe, requestId);
            assertThat(answer.data()).isInstanceOf(PersonErasureCompleted.class);
            assertThat(((PersonErasureCompleted) answer.data()).anonymisedCount()).isPositive();
        }
        String exchange = given().auth().oauth2(Api.coordinator("kth")).get("/exchanges/" + p.exchange()).then()
                .statusCode(200).body("participant.pseudonym", equalTo(p.pseudonym()))
                .body("status", equalTo("PLANNED")).extract().asString();
        String agreement = given().auth().oauth2(Api.coordinator("kth")).get("/exchanges/" + p.exchange() + "/agreement")
                .then().statusCode(200).extract().asString();
        assertThat(exchange + agreement).doesNotContain(p.name()).doesNotContain(p.username());
    }

    @Test
    void bookedCostsKeepTheRecordsUnderTheAccountingRuleAndTheErasureIsRefusedNamingIt() {
        Participant p = participant();
        given().auth().oauth2(Api.finance("kth")).contentType(ContentType.JSON)
                .body(Map.of("type", "TRAVEL", "amountSek", "1200", "bookedOn", "2030-02-01"))
                .post("/exchanges/" + p.exchange() + "/costs").then().statusCode(201);

        given().auth().oauth2(KTH_PRIVACY).get("/privacy/holds/" + p.pseudonym()).then().statusCode(200)
                .body("$", hasSize(1)).body("[0].rule", equalTo("accounting-records"))
                .body("[0].keepUntil", equalTo("2037-12-31"));
        given().auth().oauth2(Api.coordinator("kth")).get("/privacy/holds/" + p.pseudonym()).then().statusCode(403);
        // Another institution's privacy officer on the same node learns nothing about the person.
        given().auth().oauth2(TestTokens.of("mau-privacy", "mau", "privacy")).get("/privacy/holds/" + p.pseudonym())
                .then().statusCode(404);
        String requestId = "prv-" + UUID.randomUUID();
        try (TopicProbe probe = TopicProbe.of(RealInfrastructure.kafka().bootstrapServers(), TOPIC)) {
            publish(new PersonErasureRequested(requestId, p.pseudonym(), "psn-dpo"));
            EventEnvelope<?> answer = answer(probe, requestId);
            assertThat(answer.data()).isEqualTo(new PersonErasureRefused(requestId, "exchange-service",
                    "accounting-records"));
        }
        assertThat(Api.exchange("kth", p.exchange()).getString("participant.name")).isEqualTo(p.name());
    }

    @Test
    void theExportPartHoldsTheExchangeForAPrivacyOfficerOrThePersonAndNobodyElse() {
        Participant p = participant();
        String requestId = "prv-" + UUID.randomUUID();
        try (TopicProbe probe = TopicProbe.of(RealInfrastructure.kafka().bootstrapServers(), TOPIC)) {
            publish(new PersonExportRequested(requestId, p.pseudonym()));
            EventEnvelope<?> answer = answer(probe, requestId);
            assertThat(answer.data()).isInstanceOf(PersonExportPartReady.class);
            assertThat(((PersonExportPartReady) answer.data()).itemCount()).isGreaterThanOrEqualTo(2);
        }
        given().auth().oauth2(KTH_PRIVACY).get("/privacy/parts/" + requestId).then().statusCode(200)
                .body("exchanges[0].id", equalTo(p.exchange()))
                .body("exchanges[0].participant_name", equalTo(p.name()))
                .body("agreements[0].exchange_id", equalTo(p.exchange()));
        given().auth().oauth2(TestTokens.of(p.username(), "kth", "staff")).get("/privacy/parts/" + requestId).then()
                .statusCode(200).body("exchanges[0].id", equalTo(p.exchange()));
        given().auth().oauth2(TestTokens.of("kth-staff-" + UUID.randomUUID(), "kth", "staff"))
                .get("/privacy/parts/" + requestId).then().statusCode(404);
        given().auth().oauth2(TestTokens.of("mau-privacy", "mau", "privacy")).get("/privacy/parts/" + requestId)
                .then().statusCode(404);
    }
}

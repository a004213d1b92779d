package se.klossnet.exchange.exchange;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import se.klossnet.events.Direction;
import se.klossnet.events.DomainEvent;
import se.klossnet.events.HostOrganisation;
import se.klossnet.events.HostSector;
import se.klossnet.events.call.ApplicationGranted;
import se.klossnet.events.exchange.AgreementSigned;
import se.klossnet.events.exchange.CancellationReason;
import se.klossnet.events.exchange.CostCategory;
import se.klossnet.events.exchange.CostRecorded;
import se.klossnet.events.exchange.ExchangeCancelled;
import se.klossnet.events.exchange.ExchangeCompleted;
import se.klossnet.events.exchange.ExchangeExtended;
import se.klossnet.events.exchange.ExchangePlanned;
import se.klossnet.events.exchange.ExchangeStarted;
import se.klossnet.events.kafka.CloudEventsKafkaMapping;
import se.klossnet.exchange.support.Api;
import se.klossnet.exchange.support.ExchangeTestInfrastructure;
import se.klossnet.testing.RealInfrastructure;
import se.klossnet.testing.TopicProbe;

/** A whole lifecycle per direction, checked where other services see it: the order of events on the topic. */
@QuarkusTest
@QuarkusTestResource(ExchangeTestInfrastructure.class)
class ExchangeLifecycleTest {

    @Test
    void outboundGoesFromGrantThroughSigningStartExtensionAndCostsToCompletion() {
        ApplicationGranted grant = Api.grant(Direction.OUTBOUND, LocalDate.of(2031, 1, 1), LocalDate.of(2031, 6, 30),
                20, "150000", Api.ERICSSON, List.of());
        String id = Api.plannedExchange("kth", grant);
        String participant = Api.staff("kth-outbound-anna", "kth");

        Api.draftTerms("kth", id, "kth-outbound-anna");
        Api.signByAll("kth", id, participant);
        given().auth().oauth2(participant).get("/exchanges/" + id).then().statusCode(200)
                .body("status", equalTo("AGREEMENT_SIGNED")).body("agreementInForce", equalTo(1));
        Api.command("kth", id, "start", Map.of());

        given().auth().oauth2(Api.coordinator("kth")).contentType(ContentType.JSON)
                .body(Map.of("newEnd", "2031-09-30", "version", Api.version("kth", id)))
                .post("/exchanges/" + id + "/extension").then().statusCode(200)
                .body("number", equalTo(2)).body("plannedEnd", equalTo("2031-09-30"))
                .body("status", equalTo("AWAITING_SIGNATURES"));
        // Until all three sign the amendment, the signed end date stands.
        assertThat(Api.exchange("kth", id).getString("plannedEnd")).isEqualTo("2031-06-30");
        Api.signByAll("kth", id, participant);
        assertThat(Api.exchange("kth", id).getString("plannedEnd")).isEqualTo("2031-09-30");

        given().auth().oauth2(Api.finance("kth")).contentType(ContentType.JSON)
                .body(Map.of("type", "TRAVEL", "amountSek", "2450.50", "bookedOn", "2031-02-03"))
                .post("/exchanges/" + id + "/costs").then().statusCode(201);
        JsonPath completed = Api.command("kth", id, "complete", Map.of());
        assertThat(completed.getString("status")).isEqualTo("COMPLETED");

        List<DomainEvent> events = eventsOf("kth", id, 7);
        assertThat(events).extracting(e -> e.getClass().getSimpleName()).containsExactly(
                "ExchangePlanned", "AgreementSigned", "ExchangeStarted", "AgreementSigned", "ExchangeExtended",
                "CostRecorded", "ExchangeCompleted");
        assertThat(((AgreementSigned) events.get(1)).agreementVersion()).isEqualTo(1);
        assertThat(((AgreementSigned) events.get(3)).agreementVersion()).isEqualTo(2);
        ExchangeExtended extended = (ExchangeExtended) events.get(4);
        assertThat(extended.previousEnd()).isEqualTo(LocalDate.of(2031, 6, 30));
        assertThat(extended.newEnd()).isEqualTo(LocalDate.of(2031, 9, 30));
        CostRecorded cost = (CostRecorded) events.get(5);
        assertThat(cost.category()).isEqualTo(CostCategory.TRAVEL);
        assertThat(cost.amountSek()).isEqualByComparingTo("2450.50");
        ExchangeCompleted done = (ExchangeCompleted) events.get(6);
        assertThat(done.completedOn()).isEqualTo(((ExchangeStarted) events.get(2)).startedOn());
        assertThat(done.personMonths()).isNotNull();
    }

    @Test
    void allianceIsPlannedWithItsPartnersSignedStartedAndCancelled() {
        List<HostOrganisation> partners = List.of(Api.VOLVO,
                new HostOrganisation(HostSector.ACADEMIA, "DE", null, null),
                new HostOrganisation(HostSector.BUSINESS, "FI", null, null));
        ApplicationGranted grant = Api.grant(Direction.ALLIANCE, LocalDate.of(2031, 3, 1), LocalDate.of(2033, 2, 28),
                10, "900000", Api.ERICSSON, partners);
        String id = Api.plannedExchange("kth", grant);
        assertThat(Api.exchange("kth", id).getList("partners")).hasSize(3);

        Api.draftTerms("kth", id, null);
        assertThat(Api.agreement("kth", id).getString("document")).contains("Consortium partners: 5560125790");
        Api.signByAll("kth", id, null);
        Api.command("kth", id, "start", Map.of());
        Api.command("kth", id, "cancel", Map.of("reason", "HOST_WITHDREW"));
        given().auth().oauth2(Api.coordinator("kth")).contentType(ContentType.JSON)
                .body(Map.of("version", Api.version("kth", id))).post("/exchanges/" + id + "/start").then()
                .statusCode(409);

        List<DomainEvent> events = eventsOf("kth", id, 4);
        assertThat(events).extracting(e -> e.getClass().getSimpleName()).containsExactly(
                "ExchangePlanned", "AgreementSigned", "ExchangeStarted", "ExchangeCancelled");
        assertThat(((ExchangePlanned) events.get(0)).direction()).isEqualTo(Direction.ALLIANCE);
        assertThat(((ExchangeCancelled) events.get(3)).reason()).isEqualTo(CancellationReason.HOST_WITHDREW);
    }

    @Test
    void anExchangeCompletedBetweenItsDatesCountsThePersonMonthsItRan() {
        Exchange exchange = Exchange.planFromGrant("kth", Api.grant(Direction.OUTBOUND, LocalDate.of(2031, 1, 1),
                LocalDate.of(2031, 6, 30), 20, "1", Api.ERICSSON, List.of()), java.util.UUID.randomUUID(),
                java.time.Instant.now());
        exchange.agreementSigned(1, "a".repeat(64), LocalDate.of(2031, 6, 30));
        exchange.start(LocalDate.of(2031, 1, 1));
        ExchangeCompleted completed = exchange.complete(LocalDate.of(2031, 6, 30));
        assertThat(completed.personMonths()).isEqualByComparingTo(new BigDecimal("1.20"));
    }

    static List<DomainEvent> eventsOf(String institution, String id, int expected) {
        try (TopicProbe probe = TopicProbe.of(RealInfrastructure.kafka().bootstrapServers(),
                "kloss." + institution + ".exchange.v1")) {
            probe.awaitRecords(expected, Duration.ofSeconds(30), r -> id.equals(r.key()));
            List<ConsumerRecord<String, byte[]>> all = probe.drain(Duration.ofMillis(800), r -> id.equals(r.key()));
            return all.stream().map(r -> CloudEventsKafkaMapping.fromRecord(r).data()).toList();
        }
    }
}

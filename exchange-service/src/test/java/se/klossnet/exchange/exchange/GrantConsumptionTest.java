package se.klossnet.exchange.exchange;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import se.klossnet.events.Direction;
import se.klossnet.events.EventEnvelope;
import se.klossnet.events.call.ApplicationGranted;
import se.klossnet.events.exchange.ExchangePlanned;
import se.klossnet.events.kafka.CloudEventsKafkaMapping;
import se.klossnet.exchange.support.Api;
import se.klossnet.exchange.support.ExchangeTestInfrastructure;
import se.klossnet.testing.RealInfrastructure;
import se.klossnet.testing.TopicProbe;

@QuarkusTest
@QuarkusTestResource(ExchangeTestInfrastructure.class)
class GrantConsumptionTest {

    @Inject
    GrantSubscription subscription;

    @Test
    void theSameGrantDeliveredTwiceOnKafkaPlansOneExchange() {
        ApplicationGranted grant = Api.grant(Direction.OUTBOUND, LocalDate.of(2031, 1, 1), LocalDate.of(2031, 6, 30),
                20, "120000.00", Api.ERICSSON, List.of());
        EventEnvelope<ApplicationGranted> envelope = Api.publish("kth", grant);
        ProducerRecord<String, byte[]> again = CloudEventsKafkaMapping.toRecord(envelope);
        Api.send(again); // the very same CloudEvent (same id) a second time

        String id = Api.awaitExchange("kth", grant.applicationId());
        given().auth().oauth2(Api.coordinator("kth")).get("/exchanges/" + id).then().statusCode(200)
                .body("status", equalTo("PLANNED"))
                .body("direction", equalTo("OUTBOUND"))
                .body("participant.pseudonym", equalTo(grant.applicantPseudonym()))
                .body("host.organisationNumber", equalTo("5560160680"))
                .body("budgetSek", equalTo(120000.0f))
                .body("plannedEnd", equalTo("2031-06-30"));

        try (TopicProbe probe = TopicProbe.of(RealInfrastructure.kafka().bootstrapServers(), "kloss.kth.exchange.v1")) {
            List<ConsumerRecord<String, byte[]>> planned = probe.awaitRecords(1, Duration.ofSeconds(20),
                    r -> id.equals(r.key()));
            assertThat(planned).hasSize(1);
            ExchangePlanned event = (ExchangePlanned) CloudEventsKafkaMapping.fromRecord(planned.get(0)).data();
            assertThat(event.applicationId()).isEqualTo(grant.applicationId());
            assertThat(event.participantPseudonym()).isEqualTo(grant.applicantPseudonym());
            assertThat(event.host()).isEqualTo(Api.ERICSSON);
            assertThat(event.extentPercent()).isEqualTo(20);
            assertThat(probe.drain(Duration.ofSeconds(2), r -> id.equals(r.key()))).hasSize(1);
        }
        List<String> ids = given().auth().oauth2(Api.coordinator("kth")).queryParam("applicationId", grant.applicationId())
                .get("/exchanges").then().statusCode(200).extract().path("items.id");
        assertThat(ids).containsExactly(id);
    }

    @Test
    void aGrantOfAnotherServedInstitutionIsPlannedThereOnly() {
        ApplicationGranted grant = Api.grant(Direction.OUTBOUND, LocalDate.of(2031, 2, 1), LocalDate.of(2031, 7, 31),
                50, "80000", Api.VOLVO, List.of());
        String id = Api.plannedExchange("mau", grant);
        given().auth().oauth2(Api.coordinator("mau")).get("/exchanges/" + id).then().statusCode(200)
                .body("institution", equalTo("mau"));
        given().auth().oauth2(Api.coordinator("kth")).get("/exchanges/" + id).then().statusCode(404);
    }

    @Test
    void subscribesToTheCallTopicsOfTheServedInstitutionsOnly() {
        assertThat(subscription.topics().matcher("kloss.kth.call.v1").matches()).isTrue();
        assertThat(subscription.topics().matcher("kloss.mau.call.v1").matches()).isTrue();
        assertThat(subscription.topics().matcher("kloss.lu.call.v1").matches()).isFalse();
        assertThat(subscription.topics().matcher("kloss.kth.exchange.v1").matches()).isFalse();
        assertThat(subscription.topics().matcher("kloss.kth.call.v1.dlq").matches()).isFalse();
    }

    @Test
    void aGrantWithAnImpossiblePeriodGoesToTheDeadLetterTopic() {
        ApplicationGranted broken = Api.grant(Direction.OUTBOUND, LocalDate.of(2031, 6, 1), LocalDate.of(2031, 1, 1),
                20, "1000", Api.ERICSSON, List.of());
        Api.publish("kth", broken);
        try (TopicProbe probe = TopicProbe.of(RealInfrastructure.kafka().bootstrapServers(), "kloss.kth.call.v1.dlq")) {
            List<ConsumerRecord<String, byte[]>> dead = probe.awaitRecords(1, Duration.ofSeconds(30),
                    r -> broken.applicationId().equals(r.key()));
            assertThat(dead).hasSize(1);
            assertThat(new String(dead.get(0).headers().lastHeader("kloss-dlq-reason").value(), StandardCharsets.UTF_8))
                    .contains("impossible period");
        }
        given().auth().oauth2(Api.coordinator("kth")).queryParam("applicationId", broken.applicationId())
                .get("/exchanges").then().statusCode(200).body("total", equalTo(0));
    }
}

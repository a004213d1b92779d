package se.klossnet.platform.outbox;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import se.klossnet.events.Direction;
import se.klossnet.events.EventEnvelope;
import se.klossnet.events.FundingSource;
import se.klossnet.events.call.ProgrammeCreated;
import se.klossnet.events.kafka.CloudEventsKafkaMapping;
import se.klossnet.events.kafka.SerializedEvent;
import se.klossnet.platform.testapp.RecordingSubscription;
import se.klossnet.testing.RealInfrastructure;
import se.klossnet.testing.TestTokens;
import se.klossnet.testing.TopicProbe;

/** One request can be followed across services: its trace context and request id travel with the events it causes. */
@QuarkusTest
@QuarkusTestResource(RealInfrastructure.class)
class CausationTest {

    private static final String TRACEPARENT = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

    @Test
    void anEventCarriesTheTraceAndRequestIdOfTheRequestThatCausedIt() {
        String id = given().auth().oauth2(TestTokens.of("kth-coordinator", "kth", "coordinator"))
                .header("traceparent", TRACEPARENT).header("tracestate", "kloss=1").header("X-Request-Id", "req-42")
                .contentType(ContentType.JSON).body("{\"title\":\"traced\",\"amount\":1}")
                .post("/notes").then().statusCode(200).extract().path("id");

        try (TopicProbe probe = TopicProbe.of(RealInfrastructure.kafka().bootstrapServers(), "kloss.kth.call.v1")) {
            List<ConsumerRecord<String, byte[]>> records = probe.awaitRecords(1, Duration.ofSeconds(20), r -> id.equals(r.key()));
            assertThat(records).hasSize(1);
            assertThat(CloudEventsKafkaMapping.causationOf(records.get(0)))
                    .isEqualTo(new SerializedEvent.Causation(TRACEPARENT, "kloss=1", "req-42"));
        }
    }

    @Test
    void aMalformedTraceparentIsNotCopiedAndARequestWithoutIdGetsOne() {
        String id = given().auth().oauth2(TestTokens.of("kth-coordinator", "kth", "coordinator"))
                .header("traceparent", "not a trace").contentType(ContentType.JSON)
                .body("{\"title\":\"untraced\",\"amount\":1}")
                .post("/notes").then().statusCode(200).extract().path("id");

        try (TopicProbe probe = TopicProbe.of(RealInfrastructure.kafka().bootstrapServers(), "kloss.kth.call.v1")) {
            SerializedEvent.Causation causation = CloudEventsKafkaMapping.causationOf(
                    probe.awaitRecords(1, Duration.ofSeconds(20), r -> id.equals(r.key())).get(0));
            assertThat(causation.traceParent()).isNull();
            assertThat(causation.requestId()).isNotBlank();
        }
    }

    @Test
    void anEventRaisedWhileHandlingAnotherCarriesItsCauseOnwards() throws Exception {
        SerializedEvent.Causation cause = new SerializedEvent.Causation(TRACEPARENT, null, "req-99");
        EventEnvelope<ProgrammeCreated> incoming = EventEnvelope.wrap("sub", "test-producer", new ProgrammeCreated(
                "p-echo-1", "echo me", Direction.OUTBOUND, FundingSource.OTHER, List.of(), BigDecimal.ONE), Clock.systemUTC());
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, RealInfrastructure.kafka().bootstrapServers());
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer())) {
            producer.send(CloudEventsKafkaMapping.toRecord(SerializedEvent.of(incoming, cause))).get();
        }
        assertThat(RecordingSubscription.TOPIC).isEqualTo("kloss.sub.call.v1");

        try (TopicProbe probe = TopicProbe.of(RealInfrastructure.kafka().bootstrapServers(), "kloss.echo.call.v1")) {
            List<ConsumerRecord<String, byte[]>> echoed = probe.awaitRecords(1, Duration.ofSeconds(30), r -> "p-echo-1".equals(r.key()));
            assertThat(echoed).hasSize(1);
            assertThat(CloudEventsKafkaMapping.causationOf(echoed.get(0))).isEqualTo(cause);
        }
    }
}

package se.klossnet.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import se.klossnet.events.call.ProgrammeCreated;
import se.klossnet.events.kafka.CloudEventsKafkaMapping;

/**
 * The walking skeleton, end to end: real Keycloak tokens, service jars on real PostgreSQL and Kafka 4.4 (KRaft).
 */
class WalkingSkeletonSystemTest {

    @ParameterizedTest
    @ValueSource(strings = {"call", "exchange", "followup"})
    void aKeycloakTokenOpensEveryNodeServiceAndNoTokenIs401(String service) {
        String url = Network.url(Network.nodeOf("kth"), service);
        String token = Network.passwordToken("kth-coordinator");
        given().auth().oauth2(token).get(url + "/whoami").then().statusCode(200)
                .body("institution", equalTo("kth"))
                .body("username", equalTo("kth-coordinator"))
                .body("roles", hasItem("coordinator"));
        given().get(url + "/whoami").then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(token + "x").get(url + "/whoami").then().statusCode(401);
    }

    @Test
    void theNationalHubKnowsAnAnalyst() {
        given().auth().oauth2(Network.passwordToken("analyst")).get(Network.REPORTING + "/whoami").then().statusCode(200)
                .body("institution", equalTo("national"))
                .body("roles", hasItem("analyst"));
    }

    @Test
    void anInstitutionsSystemGetsAClientCredentialsToken() {
        String token = Network.clientToken("mau-systems", Network.env("KLOSS_MAU_SYSTEMS_SECRET", "mau-systems-local-secret"));
        given().auth().oauth2(token).get(Network.url(Network.nodeOf("mau"), "exchange") + "/whoami").then().statusCode(200)
                .body("institution", equalTo("mau"))
                .body("roles", hasItems("finance", "hr"));
    }

    @Test
    void aMalformedBodyIs400ProblemJson() {
        given().auth().oauth2(Network.passwordToken("kth-coordinator")).contentType(ContentType.JSON)
                .body("{\"name\": \"unfinished")
                .post(Network.CALL + "/programmes").then().statusCode(400).contentType("application/problem+json")
                .body("status", equalTo(400));
    }

    @Test
    void aProgrammeCreatedThroughRestArrivesOnKafkaExactlyOnce() {
        String name = "System test " + UUID.randomUUID();
        String id = given().auth().oauth2(Network.passwordToken("mau-coordinator")).contentType(ContentType.JSON)
                .body("""
                        {"name": "%s", "direction": "INBOUND", "fundingSource": "OWN_FUNDS",
                         "themes": ["affiliation"], "budgetSek": 400000}
                        """.formatted(name))
                .post(Network.url(Network.nodeOf("mau"), "call") + "/programmes").then().statusCode(201)
                .body("institution", equalTo("mau")).extract().path("id");

        List<ConsumerRecord<String, byte[]>> seen = readFor("kloss.mau.call.v1", id, Duration.ofSeconds(30));
        assertThat(seen).hasSize(1);
        ProgrammeCreated event = (ProgrammeCreated) CloudEventsKafkaMapping.fromRecord(seen.get(0)).data();
        assertThat(event.name()).isEqualTo(name);
    }

    /** Reads the topic from the beginning for the whole duration, collecting the records keyed {@code key}. */
    private static List<ConsumerRecord<String, byte[]>> readFor(String topic, String key, Duration duration) {
        Properties p = Network.kafka("hub"); // the national hub's principal may read every institution's topics
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "hub.system-test-" + UUID.randomUUID());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<ConsumerRecord<String, byte[]>> matching = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            Instant deadline = Instant.now().plus(duration);
            Instant quietAfterFirst = null;
            while (Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(250))) {
                    if (key.equals(r.key())) {
                        matching.add(r);
                        quietAfterFirst = Instant.now().plusSeconds(3); // keep reading a while to catch a duplicate
                    }
                }
                if (quietAfterFirst != null && Instant.now().isAfter(quietAfterFirst)) {
                    break;
                }
            }
        }
        return matching;
    }
}

package se.klossnet.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;

import java.util.Properties;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/** Each node is its own institution's: the broker refuses a node that writes another institution's topic. */
class NodeAutonomySystemTest {

    /** A node of the network that does not serve kth, and one institution it serves. */
    private static String otherNode() {
        String kthNode = Network.nodeOf("kth");
        return Network.NODES.stream().filter(n -> !n.equals(kthNode)).findFirst()
                .orElseThrow(() -> new IllegalStateException("the network under test needs a second node"));
    }

    @Test
    void aNodesCredentialsCannotWriteAnotherInstitutionsTopic() throws Exception {
        String foreignInstitution = Network.institutionsOf(otherNode()).get(0);
        Properties p = Network.kafka("node-" + Network.nodeOf("kth"));
        p.put("max.block.ms", "10000");
        p.put("delivery.timeout.ms", "15000");
        p.put("request.timeout.ms", "5000");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(p, new StringSerializer(), new StringSerializer())) {
            assertThat(producer.send(new ProducerRecord<>("kloss.kth.call.v1.dlq", "probe", "own topic")).get().topic())
                    .isEqualTo("kloss.kth.call.v1.dlq");
            String foreign = "kloss." + foreignInstitution + ".call.v1";
            assertThatThrownBy(() -> producer.send(new ProducerRecord<>(foreign, "forged", "{}")).get())
                    .isInstanceOf(ExecutionException.class)
                    .hasCauseInstanceOf(TopicAuthorizationException.class);
        }
    }

    @Test
    void aNodeRefusesTokensOfAnInstitutionItDoesNotServe() {
        given().auth().oauth2(Network.passwordToken("kth-coordinator"))
                .get(Network.url(otherNode(), "call") + "/programmes").then().statusCode(403)
                .contentType("application/problem+json")
                .body("detail", equalTo("this node does not serve institution kth"));
    }
}

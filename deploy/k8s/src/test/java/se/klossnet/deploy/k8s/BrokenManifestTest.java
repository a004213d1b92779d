package se.klossnet.deploy.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.klossnet.deploy.k8s.validation.Schemas;

/**
 * The validation can fail: a real rendered document, broken in one place, is refused, and the refusal names what is
 * wrong. Each case starts from a valid document (checked first), so a case passes only because of its break.
 */
class BrokenManifestTest {

    record Break(String kustomization, String kind, String name, Consumer<ObjectNode> change, String expected) {
    }

    static Stream<Arguments> breaks() {
        return Stream.of(
                // Kubernetes built-in kinds (Kubernetes client models)
                broken("Deployment replicas is a word", "examples/kth", "Deployment", "kth-call-service",
                        d -> spec(d).put("replicas", "two"), "replicas"),
                broken("Deployment replicas is a quoted number", "examples/kth", "Deployment", "kth-call-service",
                        d -> spec(d).put("replicas", "2"), "replicas: expected an integer"),
                broken("Deployment has a field the API does not define", "examples/kth", "Deployment", "kth-call-service",
                        d -> spec(d).put("replica", 2), "replica"),
                broken("container without a name", "examples/kth", "Deployment", "kth-gateway",
                        d -> container(d).remove("name"), "name"),
                broken("probe port is an object", "examples/kth", "Deployment", "kth-gateway",
                        d -> ((ObjectNode) container(d).path("livenessProbe").path("httpGet")).putObject("port"), "port"),
                broken("memory limit is not a quantity", "examples/kth", "Deployment", "kth-exchange-service",
                        d -> ((ObjectNode) container(d).path("resources").path("limits")).put("memory", "plenty"),
                        "not a quantity"),
                broken("Service port without its port number", "overlays/hub", "Service", "hub-reporting-service",
                        d -> ((ObjectNode) spec(d).path("ports").get(0)).remove("port"), "port"),
                broken("ConfigMap data value is a number", "examples/kth", "ConfigMap", "kth-node",
                        d -> ((ObjectNode) d.path("data")).put("KLOSS_NODE_ID", 7), "expected a string"),
                broken("Ingress backend without a service name", "examples/kth", "Ingress", "kth-gateway",
                        d -> ((ObjectNode) spec(d).path("rules").get(0).path("http").path("paths").get(0)
                                .path("backend").path("service")).remove("name"), "name"),
                // Strimzi (CRD from Strimzi's generator)
                broken("KafkaUser ACL with an operation Kafka does not have", "examples/kth", "KafkaUser", "kth-kafka",
                        d -> ((ArrayNode) acl(d, 0).path("operations")).add("Scribble"), "Scribble"),
                broken("KafkaUser ACL on a resource type Kafka does not have", "overlays/hub", "KafkaUser", "hub-kafka",
                        d -> ((ObjectNode) acl(d, 0).path("resource")).put("type", "table"), "table"),
                broken("KafkaUser with a misspelt field", "examples/kth", "KafkaUser", "kth-kafka",
                        d -> spec(d).set("authorisation", spec(d).remove("authorization")), "authorisation"),
                broken("KafkaUser in the removed v1beta2 API", "examples/kth", "KafkaUser", "kth-kafka",
                        d -> d.put("apiVersion", "kafka.strimzi.io/v1beta2"), "v1beta2"),
                broken("KafkaTopic partitions is a word", "platform", "KafkaTopic", "kloss.kth.call.v1",
                        d -> spec(d).put("partitions", "three"), "partitions"),
                broken("Kafka listener without its tls flag", "platform", "Kafka", "kloss",
                        d -> ((ObjectNode) spec(d).path("kafka").path("listeners").get(0)).remove("tls"), "tls"),
                broken("KafkaNodePool with a role KRaft does not have", "platform", "KafkaNodePool", "dual-role",
                        d -> ((ArrayNode) spec(d).path("roles")).add("zookeeper"), "zookeeper"),
                // CloudNativePG and Keycloak (the test's schemas of the fields used)
                broken("CNPG Cluster instances is a quoted number", "examples/kth", "Cluster", "kth-db",
                        d -> spec(d).put("instances", "2"), "instances"),
                broken("CNPG Cluster with a misspelt field", "examples/kth", "Cluster", "kth-db",
                        d -> spec(d).put("instance", 2), "instance"),
                broken("CNPG Cluster resources that are not Kubernetes resources", "examples/kth", "Cluster", "kth-db",
                        d -> ((ObjectNode) spec(d).path("resources").path("requests")).put("memory", "lots"),
                        "not a quantity"),
                broken("CNPG Database without its owner", "examples/kth", "Database", "kth-db-exchange",
                        d -> spec(d).remove("owner"), "owner"),
                broken("Keycloak proxy headers that Keycloak does not know", "platform", "Keycloak", "keycloak",
                        d -> ((ObjectNode) spec(d).path("proxy")).put("headers", "any"), "any"),
                broken("realm with a misspelt property", "platform", "KeycloakRealmImport", "kloss",
                        d -> ((ObjectNode) spec(d).path("realm")).put("sslRequire", "all"), "sslRequire"),
                broken("realm token lifespan is a quoted number", "platform", "KeycloakRealmImport", "kloss",
                        d -> ((ObjectNode) spec(d).path("realm")).put("accessTokenLifespan", "300"),
                        "accessTokenLifespan"),
                // Any kind
                broken("metadata labels are a list", "examples/kth", "KafkaUser", "kth-kafka",
                        d -> ((ObjectNode) d.path("metadata")).putArray("labels").add("kloss"), "labels"),
                broken("a kind nobody has a schema for", "examples/kth", "ConfigMap", "kth-node",
                        d -> d.put("kind", "ConfigMapp"), "no schema"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("breaks")
    void isRefused(String description, Break b) {
        ObjectNode doc = Manifests.renderedCopy(b.kustomization()).stream()
                .filter(d -> d.path("kind").asText().equals(b.kind()) && d.path("metadata").path("name").asText().equals(b.name()))
                .findFirst()
                .orElseThrow();
        assertThat(Schemas.validate(doc)).as("before the break").isEmpty();

        b.change().accept(doc);

        List<String> problems = Schemas.validate(doc);
        assertThat(problems).as(description).isNotEmpty();
        assertThat(String.join("\n", problems)).as(description).contains(b.expected());
    }

    private static Arguments broken(String description, String kustomization, String kind, String name,
            Consumer<ObjectNode> change, String expected) {
        return Arguments.of(description, new Break(kustomization, kind, name, change, expected));
    }

    private static ObjectNode spec(ObjectNode doc) {
        return (ObjectNode) doc.path("spec");
    }

    private static ObjectNode container(ObjectNode deployment) {
        return (ObjectNode) deployment.path("spec").path("template").path("spec").path("containers").get(0);
    }

    private static ObjectNode acl(ObjectNode user, int i) {
        return (ObjectNode) user.path("spec").path("authorization").path("acls").get(i);
    }
}

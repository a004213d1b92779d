package se.klossnet.deploy.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.klossnet.events.EventDomain;
import se.klossnet.events.Topics;

/**
 * What the schemas cannot see: that the rendered node, hub and platform fit together in one namespace. Names that
 * components/node-names builds must name what exists (or a documented Secret), each node's Services must select only
 * its own pods, and the Kafka ACLs must keep each node to its institutions' topics as deploy/local does.
 */
class NetworkWiringTest {

    /** The nodes and the hub, rendered as they are deployed: together in the network's namespace. */
    private static final List<String> NODES = List.of("examples/kth", "examples/small", "overlays/hub");
    private static final List<String> NETWORK = List.of("platform", "examples/kth", "examples/small", "overlays/hub");
    /** The demo institutions whose topics platform/ creates. */
    private static final List<String> INSTITUTIONS = List.of("kth", "mau", "lu");
    /** The domains of deploy/local/kafka/KafkaSetup.java: the event contract's, plus privacy (GDPR requests). */
    private static final List<String> DOMAINS = Stream.concat(
            Stream.of(EventDomain.values()).map(EventDomain::topicSegment), Stream.of("privacy")).toList();
    private static final Pattern EXPANSION = Pattern.compile("\\$\\(([A-Z_][A-Z0-9_]*)\\)");

    @Test
    void nodesHubAndPlatformShareTheNamespaceWithoutAClash() {
        Set<String> ids = new HashSet<>();
        for (String k : NETWORK) {
            for (ObjectNode doc : Manifests.rendered(k)) {
                assertThat(doc.path("metadata").path("namespace").asText()).as(k + " " + id(doc)).isEqualTo("kloss");
                assertThat(ids.add(id(doc))).as("%s renders %s, which another part of the network has too", k, id(doc))
                        .isTrue();
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"examples/kth", "examples/small", "overlays/hub"})
    void everythingANodeRunsCarriesItsIdAsPrefix(String node) {
        String id = nodeId(node);
        for (ObjectNode doc : Manifests.rendered(node)) {
            assertThat(name(doc)).as(id(doc)).startsWith(id + "-");
            assertThat(doc.path("metadata").path("labels").path("kloss.se/node").asText()).as(id(doc)).isEqualTo(id);
        }
    }

    @Test
    void eachServiceSelectsThePodsOfExactlyOneDeploymentOfItsOwnNode() {
        List<ObjectNode> deployments = new ArrayList<>();
        NODES.forEach(k -> deployments.addAll(Manifests.of(k, "Deployment")));
        for (String k : NODES) {
            for (ObjectNode service : Manifests.of(k, "Service")) {
                Map<String, String> selector = strings(service.path("spec").path("selector"));
                List<String> selected = deployments.stream()
                        .filter(d -> strings(d.path("spec").path("template").path("metadata").path("labels"))
                                .entrySet().containsAll(selector.entrySet()))
                        .map(NetworkWiringTest::name)
                        .toList();
                assertThat(selected).as("pods selected by Service " + name(service)).containsExactly(name(service));
                // The Deployment's selector must also match its own template, or the API server refuses it.
                ObjectNode deployment = Manifests.one(k, "Deployment", name(service));
                assertThat(strings(deployment.path("spec").path("template").path("metadata").path("labels")).entrySet())
                        .containsAll(strings(deployment.path("spec").path("selector").path("matchLabels")).entrySet());
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"examples/kth", "examples/small", "overlays/hub"})
    void everyNameAPodReadsExistsOrIsADocumentedSecret(String node) {
        String id = nodeId(node);
        Set<String> configMaps = names(node, "ConfigMap");
        Set<String> services = names(node, "Service");
        ObjectNode cluster = Manifests.of(node, "Cluster").get(0);
        Set<String> databases = databases(node, cluster);
        // The Secrets the network's operator creates by hand (README.md, "Secrets"), per node, and the ones the
        // operators write: the KafkaUser's (Strimzi User Operator) and the Kafka cluster CA (Strimzi).
        Set<String> secrets = new TreeSet<>(Set.of("kloss-gateway-client", "kloss-cluster-ca-cert",
                id + "-gateway-session", id + "-gateway-tls"));
        databases.forEach(db -> secrets.add(id + "-db-" + db));
        secrets.addAll(names(node, "KafkaUser"));

        for (ObjectNode deployment : Manifests.of(node, "Deployment")) {
            JsonNode pod = deployment.path("spec").path("template").path("spec");
            for (JsonNode container : pod.path("containers")) {
                Map<String, String> env = environment(node, container);
                for (JsonNode from : container.path("envFrom")) {
                    assertThat(configMaps).as(name(deployment)).contains(from.path("configMapRef").path("name").asText());
                }
                for (JsonNode var : container.path("env")) {
                    JsonNode ref = var.path("valueFrom").path("secretKeyRef");
                    if (!ref.isMissingNode()) {
                        assertThat(secrets).as(name(deployment) + " " + var.path("name").asText())
                                .contains(ref.path("name").asText());
                    }
                }
                // The JDBC URL, once Kubernetes has expanded $(KLOSS_NODE_ID), names the node's cluster and one of
                // its databases, with the role whose Secret the Deployment reads.
                String url = expand(env.get("QUARKUS_DATASOURCE_JDBC_URL"), env);
                Matcher m = Pattern.compile("jdbc:postgresql://([^:/]+):5432/(\\w+)").matcher(url);
                assertThat(m.matches()).as(url).isTrue();
                assertThat(m.group(1)).isEqualTo(name(cluster) + "-rw");
                assertThat(databases).contains(m.group(2));
                assertThat(secretOf(container, "QUARKUS_DATASOURCE_PASSWORD")).isEqualTo(id + "-db-" + m.group(2));
            }
            for (JsonNode volume : pod.path("volumes")) {
                if (volume.has("configMap")) {
                    assertThat(configMaps).contains(volume.path("configMap").path("name").asText());
                }
                if (volume.has("secret")) {
                    assertThat(secrets).contains(volume.path("secret").path("secretName").asText());
                }
            }
        }
        for (ObjectNode ingress : Manifests.of(node, "Ingress")) {
            assertThat(ingress.path("spec").path("rules").get(0).path("host").asText()).isEqualTo(id + ".kloss.example");
            assertThat(secrets).contains(ingress.path("spec").path("tls").get(0).path("secretName").asText());
            assertThat(services).contains(ingress.path("spec").path("rules").get(0).path("http").path("paths").get(0)
                    .path("backend").path("service").path("name").asText());
        }
        // The database roles read the same Secrets as the services.
        JsonNode initdb = cluster.path("spec").path("bootstrap").path("initdb");
        assertThat(initdb.path("secret").path("name").asText()).isEqualTo(id + "-db-" + initdb.path("owner").asText());
        for (JsonNode role : cluster.path("spec").path("managed").path("roles")) {
            assertThat(role.path("passwordSecret").path("name").asText()).isEqualTo(id + "-db-" + role.path("name").asText());
        }
        for (ObjectNode database : Manifests.of(node, "Database")) {
            assertThat(database.path("spec").path("cluster").path("name").asText()).isEqualTo(name(cluster));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"examples/kth", "overlays/hub"})
    void theGatewayRoutesToItsOwnNodesServices(String node) throws IOException {
        ObjectNode routes = Manifests.one(node, "ConfigMap", nodeId(node) + "-gateway-routes");
        Properties properties = new Properties();
        properties.load(new StringReader(routes.path("data").path("application.properties").asText()));
        assertThat(properties.getProperty("config_ordinal")).isEqualTo("270");
        Set<String> upstreams = new TreeSet<>();
        properties.stringPropertyNames().stream().filter(p -> p.endsWith(".upstream"))
                .forEach(p -> upstreams.add(properties.getProperty(p).replace("${kloss.node.id}", nodeId(node))));
        Set<String> services = new TreeSet<>();
        Manifests.of(node, "Service").forEach(s -> services.add("http://" + name(s) + ":"
                + s.path("spec").path("ports").get(0).path("port").asInt()));
        services.remove("http://" + nodeId(node) + "-gateway:8080");
        assertThat(upstreams).isEqualTo(services);
    }

    @ParameterizedTest
    @ValueSource(strings = {"examples/kth", "examples/small"})
    void aNodesKafkaPrincipalWritesOnlyItsInstitutionsTopics(String node) {
        Set<String> expectedTopics = new TreeSet<>();
        for (String institution : nodeConfig(node).get("KLOSS_NODE_INSTITUTIONS").split(",")) {
            expectedTopics.add("kloss." + Topics.requireInstitutionId(institution) + ".");
        }
        List<JsonNode> acls = acls(node);
        Set<String> topicPrefixes = new TreeSet<>();
        for (JsonNode acl : acls) {
            JsonNode resource = acl.path("resource");
            assertThat(resource.path("patternType").asText()).as(acl.toString()).isEqualTo("prefix");
            assertThat(acl.path("type").asText("allow")).isEqualTo("allow");
            switch (resource.path("type").asText()) {
                case "topic" -> {
                    topicPrefixes.add(resource.path("name").asText());
                    assertThat(operations(acl)).containsExactlyInAnyOrder("Write", "Read", "Describe");
                }
                // The platform names consumer groups <node id>.<service>.<subscription> (Subscriptions).
                case "group" -> {
                    assertThat(resource.path("name").asText()).isEqualTo(nodeId(node) + ".");
                    assertThat(operations(acl)).containsExactly("Read");
                }
                default -> throw new AssertionError("unexpected ACL " + acl);
            }
        }
        assertThat(topicPrefixes).isEqualTo(expectedTopics);
    }

    @Test
    void theHubReadsEveryInstitutionAndWritesOnlyDeadLetters() {
        List<JsonNode> acls = acls("overlays/hub");
        Set<String> deadLetters = new TreeSet<>();
        for (JsonNode acl : acls) {
            JsonNode resource = acl.path("resource");
            List<String> operations = operations(acl);
            if (operations.contains("Write")) {
                assertThat(operations).containsExactly("Write");
                assertThat(resource.path("patternType").asText()).isEqualTo("literal");
                assertThat(resource.path("name").asText()).endsWith(Topics.DEAD_LETTER_SUFFIX);
                deadLetters.add(resource.path("name").asText());
            }
        }
        assertThat(acls).anySatisfy(acl -> {
            assertThat(acl.path("resource").path("name").asText()).isEqualTo("kloss.");
            assertThat(acl.path("resource").path("patternType").asText()).isEqualTo("prefix");
            assertThat(operations(acl)).containsExactlyInAnyOrder("Read", "Describe");
        });
        assertThat(acls).anySatisfy(acl -> {
            assertThat(acl.path("resource").path("type").asText()).isEqualTo("group");
            assertThat(acl.path("resource").path("name").asText()).isEqualTo("hub.");
        });
        Set<String> expected = new TreeSet<>();
        for (String institution : INSTITUTIONS) {
            for (String domain : DOMAINS) {
                expected.add(Topics.deadLetterOf("kloss." + institution + "." + domain + Topics.VERSION_SUFFIX));
            }
        }
        assertThat(deadLetters).isEqualTo(expected);
    }

    @Test
    void everyDemoInstitutionHasItsTopicsWithInfiniteRetention() {
        Map<String, JsonNode> topics = new HashMap<>();
        Manifests.of("platform", "KafkaTopic").forEach(t -> topics.put(name(t), t));
        Set<String> expected = new TreeSet<>();
        for (String institution : INSTITUTIONS) {
            for (String domain : DOMAINS) {
                String topic = "kloss." + institution + "." + domain + Topics.VERSION_SUFFIX;
                expected.add(topic);
                expected.add(Topics.deadLetterOf(topic));
            }
            for (EventDomain domain : EventDomain.values()) {
                // The names the services publish to, from the event contract itself.
                assertThat(topics).containsKey(Topics.of(institution, domain));
            }
        }
        assertThat(topics.keySet()).isEqualTo(expected);
        topics.forEach((name, topic) -> {
            JsonNode spec = topic.path("spec");
            assertThat(spec.path("partitions").asInt()).as(name).isEqualTo(name.endsWith(".dlq") ? 1 : 3);
            assertThat(spec.path("replicas").asInt()).as(name).isEqualTo(3);
            assertThat(spec.path("config").path("retention.ms").asLong()).as(name).isEqualTo(-1L);
            assertThat(spec.path("config").path("cleanup.policy").asText()).as(name).isEqualTo("delete");
            assertThat(topic.path("metadata").path("labels").path("strimzi.io/cluster").asText()).isEqualTo("kloss");
        });
        assertThat(Manifests.of("platform", "Kafka")).singleElement()
                .satisfies(k -> assertThat(name(k)).isEqualTo("kloss"));
    }

    @Test
    void theKafkaRunsInKraftModeWithScramAndTheAuthorizer() {
        ObjectNode kafka = Manifests.one("platform", "Kafka", "kloss");
        JsonNode spec = kafka.path("spec").path("kafka");
        assertThat(spec.path("authorization").path("type").asText()).isEqualTo("simple");
        assertThat(spec.path("listeners")).isNotEmpty().allSatisfy(listener -> {
            assertThat(listener.path("tls").asBoolean()).isTrue();
            assertThat(listener.path("authentication").path("type").asText()).isEqualTo("scram-sha-512");
        });
        assertThat(spec.path("config").path("auto.create.topics.enable").asBoolean(true)).isFalse();
        ObjectNode pool = Manifests.one("platform", "KafkaNodePool", "dual-role");
        assertThat(operationsOf(pool.path("spec").path("roles"))).containsExactlyInAnyOrder("controller", "broker");
        assertThat(pool.path("metadata").path("labels").path("strimzi.io/cluster").asText()).isEqualTo("kloss");
        // Every principal belongs to this Kafka, and the services reach it where the network's ConfigMap says.
        for (String k : NETWORK) {
            Manifests.of(k, "KafkaUser").forEach(u ->
                    assertThat(u.path("metadata").path("labels").path("strimzi.io/cluster").asText()).isEqualTo("kloss"));
        }
        assertThat(nodeConfig("examples/kth", "kth-network").get("KAFKA_BOOTSTRAP_SERVERS"))
                .isEqualTo("kloss-kafka-bootstrap:9093");
        assertThat(spec.path("listeners").get(0).path("port").asInt()).isEqualTo(9093);
    }

    @ParameterizedTest
    @ValueSource(strings = {"examples/kth", "examples/small", "overlays/hub"})
    void everyServiceRunsAsTheOperatingRulesSay(String node) {
        for (ObjectNode deployment : Manifests.of(node, "Deployment")) {
            JsonNode pod = deployment.path("spec").path("template").path("spec");
            assertThat(pod.path("securityContext").path("runAsNonRoot").asBoolean()).as(name(deployment)).isTrue();
            assertThat(pod.path("enableServiceLinks").asBoolean(true)).isFalse();
            for (JsonNode c : pod.path("containers")) {
                String n = name(deployment);
                assertThat(c.path("startupProbe").path("httpGet").path("path").asText()).as(n).isEqualTo("/q/health/started");
                assertThat(c.path("livenessProbe").path("httpGet").path("path").asText()).as(n).isEqualTo("/q/health/live");
                assertThat(c.path("readinessProbe").path("httpGet").path("path").asText()).as(n).isEqualTo("/q/health/ready");
                for (String kind : List.of("requests", "limits")) {
                    assertThat(c.path("resources").path(kind).has("memory")).as(n + " " + kind).isTrue();
                    assertThat(c.path("resources").path(kind).has("cpu")).as(n + " " + kind).isTrue();
                }
                JsonNode security = c.path("securityContext");
                assertThat(security.path("readOnlyRootFilesystem").asBoolean()).as(n).isTrue();
                assertThat(security.path("allowPrivilegeEscalation").asBoolean(true)).as(n).isFalse();
                assertThat(operationsOf(security.path("capabilities").path("drop"))).as(n).contains("ALL");
                String tmpVolume = null;
                for (JsonNode mount : c.path("volumeMounts")) {
                    if (mount.path("mountPath").asText().equals("/tmp")) {
                        tmpVolume = mount.path("name").asText();
                    }
                }
                String tmp = tmpVolume;
                assertThat(pod.path("volumes")).as(n + ": /tmp is an emptyDir")
                        .anySatisfy(v -> {
                            assertThat(v.path("name").asText()).isEqualTo(tmp);
                            assertThat(v.has("emptyDir")).isTrue();
                        });
                Map<String, String> env = environment(node, c);
                assertThat(env).as(n).containsEntry("QUARKUS_HTTP_HOST", "0.0.0.0").containsEntry("QUARKUS_HTTP_PORT", "8080");
                assertThat(env).as(n).containsKeys("KLOSS_NODE_ID", "KLOSS_NODE_INSTITUTIONS", "KAFKA_BOOTSTRAP_SERVERS",
                        "QUARKUS_OIDC_AUTH_SERVER_URL");
                // Credentials only by reference: no literal value for anything that looks like one.
                for (JsonNode var : c.path("env")) {
                    if (var.path("name").asText().matches(".*(PASSWORD|SECRET|JAAS).*")) {
                        assertThat(var.has("valueFrom")).as(n + " " + var.path("name").asText()).isTrue();
                    }
                }
            }
        }
    }

    @Test
    void noSecretIsCommitted() {
        for (String k : Manifests.kustomizations()) {
            assertThat(Manifests.rendered(k)).as(k).noneSatisfy(d -> assertThat(d.path("kind").asText()).isEqualTo("Secret"));
        }
        for (String f : Manifests.plainManifests()) {
            assertThat(Yaml.documents(Manifests.ROOT.resolve(f))).noneSatisfy(
                    d -> assertThat(d.path("kind").asText()).isEqualTo("Secret"));
        }
    }

    // ---------------------------------------------------------------------------------------------------------------

    private static String nodeId(String node) {
        return nodeConfig(node).get("KLOSS_NODE_ID");
    }

    private static Map<String, String> nodeConfig(String node) {
        return Manifests.of(node, "ConfigMap").stream()
                .filter(c -> c.path("data").has("KLOSS_NODE_ID"))
                .findFirst()
                .map(c -> strings(c.path("data")))
                .orElseThrow(() -> new AssertionError(node + " has no node ConfigMap"));
    }

    private static Map<String, String> nodeConfig(String node, String configMap) {
        return strings(Manifests.one(node, "ConfigMap", configMap).path("data"));
    }

    /** The container's environment as Kubernetes builds it: envFrom in order, then env (values, not references). */
    private static Map<String, String> environment(String node, JsonNode container) {
        Map<String, String> env = new HashMap<>();
        for (JsonNode from : container.path("envFrom")) {
            env.putAll(nodeConfig(node, from.path("configMapRef").path("name").asText()));
        }
        for (JsonNode var : container.path("env")) {
            if (var.has("value")) {
                env.put(var.path("name").asText(), var.path("value").asText());
            }
        }
        return env;
    }

    private static String expand(String value, Map<String, String> env) {
        assertThat(value).isNotNull();
        Matcher m = EXPANSION.matcher(value);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            assertThat(env).as("$(" + m.group(1) + ") is defined").containsKey(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(env.get(m.group(1))));
        }
        return m.appendTail(out).toString();
    }

    private static String secretOf(JsonNode container, String variable) {
        for (JsonNode var : container.path("env")) {
            if (var.path("name").asText().equals(variable)) {
                return var.path("valueFrom").path("secretKeyRef").path("name").asText();
            }
        }
        throw new AssertionError("no " + variable);
    }

    private static Set<String> databases(String node, JsonNode cluster) {
        Set<String> databases = new TreeSet<>();
        databases.add(cluster.path("spec").path("bootstrap").path("initdb").path("database").asText());
        Manifests.of(node, "Database").forEach(d -> databases.add(d.path("spec").path("name").asText()));
        return databases;
    }

    private static List<JsonNode> acls(String node) {
        List<JsonNode> acls = new ArrayList<>();
        Manifests.of(node, "KafkaUser").get(0).path("spec").path("authorization").path("acls").forEach(acls::add);
        return acls;
    }

    private static List<String> operations(JsonNode acl) {
        return operationsOf(acl.path("operations"));
    }

    private static List<String> operationsOf(JsonNode list) {
        List<String> values = new ArrayList<>();
        list.forEach(v -> values.add(v.asText()));
        return values;
    }

    private static Set<String> names(String node, String kind) {
        Set<String> names = new TreeSet<>();
        Manifests.of(node, kind).forEach(d -> names.add(name(d)));
        return names;
    }

    private static Map<String, String> strings(JsonNode map) {
        Map<String, String> values = new HashMap<>();
        map.fields().forEachRemaining(e -> values.put(e.getKey(), e.getValue().asText()));
        return values;
    }

    private static String name(JsonNode doc) {
        return doc.path("metadata").path("name").asText();
    }

    private static String id(JsonNode doc) {
        return doc.path("kind").asText() + " " + name(doc);
    }
}

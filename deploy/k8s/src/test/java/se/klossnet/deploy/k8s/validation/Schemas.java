package se.klossnet.deploy.k8s.validation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.fabric8.kubernetes.client.CustomResource;
import io.kubernetes.client.openapi.models.V1ObjectMeta;
import io.kubernetes.client.openapi.models.V1ResourceRequirements;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.mirrormaker2.KafkaMirrorMaker2;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import io.strimzi.api.kafka.model.user.KafkaUser;
import io.strimzi.crdgenerator.StrimziCrdSchemas;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.keycloak.representations.idm.RealmRepresentation;
import se.klossnet.deploy.k8s.Yaml;

/**
 * Validates any document of deploy/k8s against the schema of its kind, and refuses a kind it has no schema for:
 * <ul>
 * <li>Kubernetes' built-in kinds: the official Kubernetes Java client's models ({@link KubernetesApi});</li>
 * <li>Strimzi (kafka.strimzi.io/v1): the CRD that Strimzi's own CRD generator makes from Strimzi's API classes
 * (io.strimzi:api and io.strimzi:crd-generator), checked with networknt's JSON Schema validator ({@link CrdSchema});</li>
 * <li>Keycloak (k8s.keycloak.org/v2alpha1) and CloudNativePG (postgresql.cnpg.io/v1), whose CRDs are not published
 * where our builds can fetch them: the test's own schemas of the fields used (src/test/resources/schemas), plus
 * the realm against Keycloak's RealmRepresentation;</li>
 * <li>for every custom resource, its metadata as a Kubernetes ObjectMeta, and Kubernetes types inside (resources)
 * with the client's models.</li>
 * </ul>
 */
public final class Schemas {

    private static final Map<String, Class<? extends CustomResource<?, ?>>> STRIMZI = Map.of(
            "Kafka", Kafka.class,
            "KafkaNodePool", KafkaNodePool.class,
            "KafkaTopic", KafkaTopic.class,
            "KafkaUser", KafkaUser.class,
            "KafkaMirrorMaker2", KafkaMirrorMaker2.class);
    private static final String STRIMZI_VERSION = "kafka.strimzi.io/v1";
    private static final Map<String, CrdSchema> CACHE = new ConcurrentHashMap<>();

    /** Keycloak's own types, strictly: no unknown property, no string where a number or boolean belongs. */
    private static final ObjectMapper STRICT = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .build();

    private Schemas() {
    }

    /** The problems of the document; empty when it is valid. */
    public static List<String> validate(JsonNode doc) {
        if (KubernetesApi.handles(doc)) {
            return KubernetesApi.validate(doc);
        }
        String apiVersion = doc.path("apiVersion").asText();
        String kind = doc.path("kind").asText();
        List<String> problems = new ArrayList<>();
        if (apiVersion.startsWith("kafka.strimzi.io/") && STRIMZI.containsKey(kind)) {
            if (!apiVersion.equals(STRIMZI_VERSION)) {
                return List.of(kind + ": Strimzi serves " + STRIMZI_VERSION + ", not " + apiVersion);
            }
            problems.addAll(strimzi(kind).validate(doc));
        } else if (apiVersion.equals("postgresql.cnpg.io/v1") && List.of("Cluster", "Database").contains(kind)) {
            problems.addAll(own("cloudnative-pg-v1.yaml", kind).validate(doc));
            resources(doc, problems);
        } else if (apiVersion.equals("k8s.keycloak.org/v2alpha1")
                && List.of("Keycloak", "KeycloakRealmImport").contains(kind)) {
            problems.addAll(own("keycloak-v2alpha1.yaml", kind).validate(doc));
            resources(doc, problems);
            if (kind.equals("KeycloakRealmImport")) {
                realm(doc.path("spec").path("realm"), problems);
            }
        } else {
            return List.of("no schema for " + apiVersion + " " + kind);
        }
        problems.addAll(KubernetesApi.validate(doc.path("metadata"), V1ObjectMeta.class, kind + ".metadata"));
        return problems;
    }

    private static CrdSchema strimzi(String kind) {
        return CACHE.computeIfAbsent("strimzi/" + kind,
                k -> CrdSchema.fromCrd(StrimziCrdSchemas.crd(STRIMZI.get(kind), "v1"), "v1"));
    }

    private static CrdSchema own(String file, String kind) {
        return CACHE.computeIfAbsent(file + "/" + kind, k -> {
            JsonNode schemas = Yaml.single(Path.of("src/test/resources/schemas", file));
            if (!schemas.has(kind)) {
                throw new IllegalArgumentException(file + " has no schema for " + kind);
            }
            return CrdSchema.fromOpenApi(schemas.get(kind));
        });
    }

    private static void resources(JsonNode doc, List<String> problems) {
        JsonNode resources = doc.path("spec").path("resources");
        if (!resources.isMissingNode()) {
            problems.addAll(KubernetesApi.validate(resources, V1ResourceRequirements.class,
                    doc.path("kind").asText() + ".spec.resources"));
        }
    }

    private static void realm(JsonNode realm, List<String> problems) {
        try {
            STRICT.treeToValue(realm, RealmRepresentation.class);
        } catch (JsonMappingException e) {
            problems.add("KeycloakRealmImport.spec.realm" + e.getPathReference().replaceFirst("^[^\\[]*", "") + ": "
                    + e.getOriginalMessage());
        } catch (JsonProcessingException e) {
            problems.add("KeycloakRealmImport.spec.realm: " + e.getOriginalMessage());
        }
    }
}

package se.klossnet.deploy.k8s.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import com.google.gson.annotations.SerializedName;
import io.kubernetes.client.custom.IntOrString;
import io.kubernetes.client.custom.Quantity;
import io.kubernetes.client.openapi.JSON;
import io.kubernetes.client.openapi.models.V1ConfigMap;
import io.kubernetes.client.openapi.models.V1Deployment;
import io.kubernetes.client.openapi.models.V1Ingress;
import io.kubernetes.client.openapi.models.V1NetworkPolicy;
import io.kubernetes.client.openapi.models.V1PodDisruptionBudget;
import io.kubernetes.client.openapi.models.V1Secret;
import io.kubernetes.client.openapi.models.V1Service;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Validates documents of Kubernetes' built-in kinds with the official Kubernetes Java client's models
 * (io.kubernetes:client-java-api), which are generated from the Kubernetes API's OpenAPI document. Three checks:
 * <ol>
 * <li>the model's own generated {@code validateJsonElement}: no field the API does not define, every required
 * field present, strings and lists where the API has them;</li>
 * <li>decoding with the client's Gson ({@link JSON#getGson()}), which fails on values it cannot convert;</li>
 * <li>a walk over the model's field types, because the generated validation does not look at numbers and booleans
 * and Gson converts leniently ({@code replicas: "2"} would pass both, and the API server refuses it): integers
 * where the API has integers, booleans where it has booleans, and so on down every nested model.</li>
 * </ol>
 * Not checked: what the API server checks beyond the schema (enumerated values such as a Service port's protocol,
 * name formats, cross-field rules), since the OpenAPI document does not carry them.
 */
public final class KubernetesApi {

    private static final Map<String, Class<?>> MODELS = Map.of(
            "v1/ConfigMap", V1ConfigMap.class,
            "v1/Secret", V1Secret.class,
            "v1/Service", V1Service.class,
            "apps/v1/Deployment", V1Deployment.class,
            "networking.k8s.io/v1/Ingress", V1Ingress.class,
            "networking.k8s.io/v1/NetworkPolicy", V1NetworkPolicy.class,
            "policy/v1/PodDisruptionBudget", V1PodDisruptionBudget.class);

    private static final Map<Class<?>, Map<String, Type>> FIELDS = new ConcurrentHashMap<>();

    private KubernetesApi() {
    }

    /** Whether the document is of a built-in kind this validator knows. */
    public static boolean handles(JsonNode doc) {
        return MODELS.containsKey(key(doc));
    }

    /** The problems of a built-in document; empty when it is valid. */
    public static List<String> validate(JsonNode doc) {
        Class<?> model = MODELS.get(key(doc));
        if (model == null) {
            return List.of("no Kubernetes API model for " + key(doc));
        }
        return validate(doc, model, doc.path("kind").asText());
    }

    /** The problems of {@code node} as an instance of the client's model class, e.g. a CR's V1ResourceRequirements. */
    public static List<String> validate(JsonNode node, Class<?> model, String path) {
        List<String> problems = new ArrayList<>();
        JsonElement element = JsonParser.parseString(node.toString());
        try {
            model.getMethod("validateJsonElement", JsonElement.class).invoke(null, element);
        } catch (InvocationTargetException e) {
            problems.add(path + ": " + e.getCause().getMessage());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        try {
            JSON.getGson().fromJson(element, model);
        } catch (RuntimeException e) {
            problems.add(path + ": " + e.getMessage());
        }
        checkTypes(node, model, path, problems);
        return problems;
    }

    private static String key(JsonNode doc) {
        return doc.path("apiVersion").asText() + "/" + doc.path("kind").asText();
    }

    private static void checkTypes(JsonNode node, Type type, String path, List<String> problems) {
        Class<?> raw = raw(type);
        if (raw == Object.class) {
            return;
        }
        if (raw == String.class || raw == OffsetDateTime.class || raw == byte[].class) {
            expect(node.isTextual(), path, "a string", node, problems);
        } else if (raw == Integer.class || raw == Long.class) {
            expect(node.isIntegralNumber(), path, "an integer", node, problems);
        } else if (raw == Boolean.class) {
            expect(node.isBoolean(), path, "a boolean", node, problems);
        } else if (Number.class.isAssignableFrom(raw)) {
            expect(node.isNumber(), path, "a number", node, problems);
        } else if (raw == IntOrString.class) {
            expect(node.isTextual() || node.isIntegralNumber(), path, "an integer or a string", node, problems);
        } else if (raw == Quantity.class) {
            expect(node.isTextual() || node.isNumber(), path, "a quantity", node, problems);
            if (node.isTextual()) {
                try {
                    Quantity.fromString(node.asText());
                } catch (RuntimeException e) {
                    problems.add(path + ": not a quantity: " + node);
                }
            }
        } else if (Collection.class.isAssignableFrom(raw)) {
            if (expect(node.isArray(), path, "a list", node, problems)) {
                Type element = ((ParameterizedType) type).getActualTypeArguments()[0];
                for (int i = 0; i < node.size(); i++) {
                    checkTypes(node.get(i), element, path + "[" + i + "]", problems);
                }
            }
        } else if (Map.class.isAssignableFrom(raw)) {
            if (expect(node.isObject(), path, "a map", node, problems)) {
                Type value = ((ParameterizedType) type).getActualTypeArguments()[1];
                node.fields().forEachRemaining(e -> checkTypes(e.getValue(), value, path + "." + e.getKey(), problems));
            }
        } else if (raw.getName().startsWith("io.kubernetes.client.openapi.models.")) {
            if (expect(node.isObject(), path, "an object", node, problems)) {
                Map<String, Type> fields = fields(raw);
                for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> e = it.next();
                    Type fieldType = fields.get(e.getKey());
                    if (fieldType == null) {
                        problems.add(path + "." + e.getKey() + ": not a field of " + raw.getSimpleName());
                    } else if (!e.getValue().isNull()) {
                        checkTypes(e.getValue(), fieldType, path + "." + e.getKey(), problems);
                    }
                }
                requiredFields(raw).stream().filter(f -> !node.has(f))
                        .forEach(f -> problems.add(path + "." + f + ": required by " + raw.getSimpleName()));
            }
        } else {
            throw new IllegalStateException("no type check for " + type + " at " + path);
        }
    }

    private static boolean expect(boolean ok, String path, String what, JsonNode node, List<String> problems) {
        if (!ok) {
            problems.add(path + ": expected " + what + ", found " + node);
        }
        return ok;
    }

    private static Class<?> raw(Type type) {
        return type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
    }

    private static Map<String, Type> fields(Class<?> model) {
        return FIELDS.computeIfAbsent(model, m -> {
            Map<String, Type> fields = new HashMap<>();
            for (Class<?> c = m; c != Object.class; c = c.getSuperclass()) {
                for (Field f : c.getDeclaredFields()) {
                    SerializedName name = f.getAnnotation(SerializedName.class);
                    if (name != null && !Modifier.isStatic(f.getModifiers())) {
                        fields.put(name.value(), f.getGenericType());
                    }
                }
            }
            return fields;
        });
    }

    @SuppressWarnings("unchecked")
    private static Set<String> requiredFields(Class<?> model) {
        try {
            return (Set<String>) model.getField("openapiRequiredFields").get(null);
        } catch (ReflectiveOperationException e) {
            return Set.of();
        }
    }
}

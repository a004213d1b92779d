package se.klossnet.deploy.k8s.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.List;

/**
 * A custom resource's openAPIV3Schema (from a CRD, or written in that form), checked with networknt's JSON Schema
 * validator. OpenAPI 3.0 schemas are JSON Schema draft 4 plus keywords of their own ({@code nullable},
 * {@code x-kubernetes-*}), which the validator ignores. Two Kubernetes rules are added, since the API server
 * applies them and JSON Schema does not:
 * <ul>
 * <li>strict field validation: an object schema that lists {@code properties} accepts no other field, unless it
 * says {@code x-kubernetes-preserve-unknown-fields} or has {@code additionalProperties} of its own (the API
 * server's default for {@code kubectl apply} is to refuse unknown fields);</li>
 * <li>not inside {@code oneOf}/{@code anyOf}/{@code allOf}, whose branches only add constraints to the object.</li>
 * </ul>
 * CEL rules ({@code x-kubernetes-validations}) are not evaluated.
 */
public final class CrdSchema {

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4);

    private final JsonSchema schema;

    private CrdSchema(JsonNode openApiV3Schema) {
        JsonNode strict = strict(openApiV3Schema.deepCopy());
        this.schema = FACTORY.getSchema(strict, SchemaValidatorsConfig.builder().build());
    }

    /** The schema of {@code version} in a CustomResourceDefinition. */
    public static CrdSchema fromCrd(JsonNode crd, String version) {
        for (JsonNode v : crd.path("spec").path("versions")) {
            if (v.path("name").asText().equals(version)) {
                return new CrdSchema(v.path("schema").path("openAPIV3Schema"));
            }
        }
        throw new IllegalArgumentException("the CRD " + crd.path("metadata").path("name").asText()
                + " has no version " + version);
    }

    public static CrdSchema fromOpenApi(JsonNode openApiV3Schema) {
        return new CrdSchema(openApiV3Schema);
    }

    public List<String> validate(JsonNode doc) {
        return schema.validate(doc).stream().map(CrdSchema::describe).sorted().toList();
    }

    /** The validator's message, and the value it refers to (an enum message names only the allowed values). */
    private static String describe(ValidationMessage message) {
        JsonNode value = message.getInstanceNode();
        return message.getMessage() + (value == null || value.isContainerNode() ? "" : " (found " + value + ")");
    }

    private static JsonNode strict(JsonNode node) {
        if (!node.isObject()) {
            return node;
        }
        ObjectNode schema = (ObjectNode) node;
        if (schema.has("properties")) {
            schema.get("properties").fields().forEachRemaining(e -> strict(e.getValue()));
            if (!schema.has("additionalProperties")
                    && !schema.path("x-kubernetes-preserve-unknown-fields").asBoolean(false)) {
                schema.put("additionalProperties", false);
            }
        }
        if (schema.has("items")) {
            strict(schema.get("items"));
        }
        if (schema.path("additionalProperties").isObject()) {
            strict(schema.get("additionalProperties"));
        }
        return schema;
    }
}

package se.klossnet.events.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.List;

/** Validation with networknt, asserting formats ({@code date}, {@code date-time}, {@code uuid}) too. */
final class JsonSchemas {

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true)
            .build();

    private JsonSchemas() {
    }

    /** The validation errors of {@code instance}; empty when it is valid. */
    static List<String> errors(JsonNode schema, JsonNode instance) {
        JsonSchema validator = FACTORY.getSchema(schema, CONFIG);
        return validator.validate(instance).stream().map(ValidationMessage::getMessage).sorted().toList();
    }

    /** The errors of {@code schema} against the draft 2020-12 meta-schema (which networknt ships). */
    static List<String> metaSchemaErrors(JsonNode schema) {
        JsonSchema metaSchema = FACTORY.getSchema(SchemaLocation.of(EventSchemaGenerator.DRAFT_2020_12), CONFIG);
        return metaSchema.validate(schema).stream().map(ValidationMessage::getMessage).sorted().toList();
    }
}

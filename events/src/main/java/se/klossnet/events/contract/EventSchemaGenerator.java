package se.klossnet.events.contract;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.FieldScope;
import com.github.victools.jsonschema.generator.MemberScope;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.module.jackson.JacksonModule;
import com.github.victools.jsonschema.module.jackson.JacksonOption;
import jakarta.annotation.Nullable;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import se.klossnet.events.EventJson;
import se.klossnet.events.EventType;
import se.klossnet.events.Topics;

/**
 * Derives the JSON Schema (draft 2020-12) of an event payload from its record, seen through {@link EventJson}'s
 * Jackson mapper so that the schema describes exactly what goes on the wire.
 *
 * <ul>
 *   <li>Every record component is required unless it is {@link Nullable}; a nullable one also admits {@code null}.
 *   <li>{@code additionalProperties} is {@code false}: any change of a record bumps its schema version anyway, and a
 *       closed schema makes a stray field (say, a name that should never leave a node) a validation error.
 *   <li>Nested records are inlined, so that each schema stands alone and can be embedded in the AsyncAPI document.
 *   <li>Properties keep the record's component order, the order in which Jackson writes them.
 * </ul>
 */
public final class EventSchemaGenerator {

    public static final String DRAFT_2020_12 = "https://json-schema.org/draft/2020-12/schema";

    private final SchemaGenerator generator;

    public EventSchemaGenerator() {
        SchemaGeneratorConfigBuilder config = new SchemaGeneratorConfigBuilder(EventJson.mapper(),
                SchemaVersion.DRAFT_2020_12, OptionPreset.PLAIN_JSON)
                .with(new JacksonModule(JacksonOption.FLATTENED_ENUMS_FROM_JSONVALUE,
                        JacksonOption.FLATTENED_ENUMS_FROM_JSONPROPERTY))
                .with(Option.STANDARD_FORMATS, Option.INLINE_ALL_SCHEMAS, Option.MAP_VALUES_AS_ADDITIONAL_PROPERTIES,
                        Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT);
        config.forFields()
                .withRequiredCheck(field -> !isNullable(field))
                .withNullableCheck(EventSchemaGenerator::isNullable);
        config.forTypesInGeneral()
                .withPropertySorter(Comparator.comparingInt(EventSchemaGenerator::componentIndex));
        this.generator = new SchemaGenerator(config.build());
    }

    /** The stand-alone schema of one catalogue entry, with {@code $schema}, title and description first. */
    public ObjectNode schemaOf(EventType type) {
        ObjectNode generated = generator.generateSchema(type.recordClass());
        ObjectNode schema = EventJson.mapper().createObjectNode();
        schema.put("$schema", DRAFT_2020_12);
        schema.put("title", type.name() + " v" + type.schemaVersion());
        schema.put("description", "Payload of CloudEvents type " + type.cloudEventType() + " with schemaversion "
                + type.schemaVersion() + " on topic " + Topics.addressTemplate(type.domain()));
        generated.remove("$schema");
        schema.setAll(generated);
        return schema;
    }

    /** The file name of a schema inside the contract, e.g. {@code schemas/ApplicationGranted.v1.json}. */
    public static String fileNameOf(EventType type) {
        return "schemas/" + schemaKeyOf(type) + ".json";
    }

    /** The key of a schema, e.g. {@code ApplicationGranted.v1}; also its AsyncAPI component name. */
    public static String schemaKeyOf(EventType type) {
        return type.name() + ".v" + type.schemaVersion();
    }

    private static boolean isNullable(FieldScope field) {
        return field.getAnnotationConsideringFieldAndGetterIfSupported(Nullable.class) != null;
    }

    private static int componentIndex(MemberScope<?, ?> member) {
        Class<?> owner = member.getDeclaringType().getErasedType();
        if (!owner.isRecord()) {
            return Integer.MAX_VALUE;
        }
        List<String> names = Arrays.stream(owner.getRecordComponents()).map(RecordComponent::getName).toList();
        int index = names.indexOf(member.getDeclaredName());
        return index < 0 ? Integer.MAX_VALUE : index;
    }
}

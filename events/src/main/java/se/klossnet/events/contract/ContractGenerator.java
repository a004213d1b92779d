package se.klossnet.events.contract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import se.klossnet.events.EventCatalog;
import se.klossnet.events.EventJson;
import se.klossnet.events.EventType;

/**
 * Writes the contract: one JSON Schema per catalogue entry under {@code schemas/} and the AsyncAPI document
 * {@value #ASYNCAPI_FILE}. The build runs it into {@code target/classes/contract} so that the jar ships the contract;
 * {@code exec:java@write-contract} runs it into {@code events/contract}, the copy that reviewers diff and that
 * {@code ContractUpToDateTest} compares with {@link #generate()}.
 */
public final class ContractGenerator {

    public static final String ASYNCAPI_FILE = "asyncapi.yaml";
    public static final String SCHEMA_DIRECTORY = "schemas";
    public static final String REGENERATE_COMMAND =
            "./mvnw -f events/pom.xml process-classes exec:java@write-contract";
    public static final String PROTECT_PUBLISHED_SCHEMAS = "--protect-published-schemas";
    public static final String ALLOW_SCHEMA_CHANGE_PROPERTY = "kloss.contract.allowSchemaChange";

    private static final ObjectWriter JSON = EventJson.mapper().writer(new DefaultPrettyPrinter()
            .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n")));
    private static final YAMLMapper YAML = YAMLMapper.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .disable(YAMLGenerator.Feature.SPLIT_LINES)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .build();

    private ContractGenerator() {
    }

    /**
     * @param args the directory to write the contract into (stale schema files in it are removed), optionally
     *             followed by {@value #PROTECT_PUBLISHED_SCHEMAS} to refuse to change an existing schema file
     */
    public static void main(String[] args) throws IOException {
        boolean protect = args.length == 2 && PROTECT_PUBLISHED_SCHEMAS.equals(args[1]);
        if (args.length == 0 || args.length > 2 || args.length == 2 && !protect) {
            throw new IllegalArgumentException(
                    "usage: ContractGenerator <output directory> [" + PROTECT_PUBLISHED_SCHEMAS + "]");
        }
        write(Path.of(args[0]), protect && !Boolean.getBoolean(ALLOW_SCHEMA_CHANGE_PROPERTY));
    }

    /** Every file of the contract by its path relative to the contract directory, with {@code /} as separator. */
    public static SortedMap<String, String> generate() {
        EventSchemaGenerator generator = new EventSchemaGenerator();
        Map<EventType, ObjectNode> schemas = new LinkedHashMap<>();
        EventCatalog.all().forEach(type -> schemas.put(type, generator.schemaOf(type)));
        SortedMap<String, String> files = new TreeMap<>();
        schemas.forEach((type, schema) -> files.put(EventSchemaGenerator.fileNameOf(type), json(schema)));
        files.put(ASYNCAPI_FILE, yaml(AsyncApiDocument.of(schemas)));
        return files;
    }

    /**
     * @param refuseSchemaChanges whether to fail instead of changing the content of an existing schema file: a
     *                            published {@code X.vN.json} never changes, a changed record gets version N+1
     */
    public static void write(Path directory, boolean refuseSchemaChanges) throws IOException {
        SortedMap<String, String> files = generate();
        if (refuseSchemaChanges) {
            refuseSchemaChanges(directory, files);
        }
        removeStaleSchemas(directory, files);
        for (Map.Entry<String, String> file : files.entrySet()) {
            Path target = directory.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.writeString(target, file.getValue());
        }
    }

    private static void refuseSchemaChanges(Path directory, Map<String, String> files) throws IOException {
        List<String> changed = new ArrayList<>();
        for (Map.Entry<String, String> file : files.entrySet()) {
            Path existing = directory.resolve(file.getKey());
            if (file.getKey().startsWith(SCHEMA_DIRECTORY + "/") && Files.exists(existing)
                    && !withUnixLineEnds(Files.readString(existing)).equals(file.getValue())) {
                changed.add(file.getKey());
            }
        }
        if (!changed.isEmpty()) {
            throw new IllegalStateException("These schemas would change: " + changed + ". A published schema version "
                    + "never changes: bump the record's version in EventCatalog instead. If that version was never "
                    + "released, rerun with -D" + ALLOW_SCHEMA_CHANGE_PROPERTY + "=true.");
        }
    }

    static String withUnixLineEnds(String text) {
        return text.replace("\r\n", "\n");
    }

    private static void removeStaleSchemas(Path directory, Map<String, String> files) throws IOException {
        Path schemaDirectory = directory.resolve(SCHEMA_DIRECTORY);
        if (!Files.isDirectory(schemaDirectory)) {
            return;
        }
        List<Path> stale;
        try (Stream<Path> existing = Files.list(schemaDirectory)) {
            stale = existing.filter(path -> !files.containsKey(SCHEMA_DIRECTORY + "/" + path.getFileName())).toList();
        }
        for (Path path : stale) {
            Files.delete(path);
        }
    }

    static String json(JsonNode node) {
        try {
            return JSON.writeValueAsString(node) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String yaml(JsonNode node) {
        try {
            return YAML.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}

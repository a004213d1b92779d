package se.klossnet.events.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.klossnet.events.EventCatalog;

class ContractGeneratorTest {

    private static final String GRANTED = "schemas/ApplicationGranted.v1.json";

    @TempDir
    Path contract;

    @Test
    void contractHasOneSchemaPerCatalogueEntryAndTheAsyncApiDocument() {
        SortedMap<String, String> files = ContractGenerator.generate();

        assertThat(files).hasSize(EventCatalog.all().size() + 1).containsKey("asyncapi.yaml").containsKey(GRANTED);
        assertThat(files.values()).allSatisfy(content -> assertThat(content).endsWith("\n").doesNotContain("\r"));
    }

    @Test
    void generationIsDeterministic() {
        assertThat(ContractGenerator.generate()).isEqualTo(ContractGenerator.generate());
    }

    @Test
    void diffReportsChangedMissingAndExtraFilesSoThatTheUpToDateTestCanFail() throws IOException {
        ContractGenerator.write(contract, false);
        Files.writeString(contract.resolve(GRANTED),
                Files.readString(contract.resolve(GRANTED)).replace("\"grantedSek\"", "\"grantedAmount\""));
        Files.delete(contract.resolve("asyncapi.yaml"));
        Files.writeString(contract.resolve("schemas/ApplicationGranted.v0.json"), "{}\n");

        List<String> lines = List.of(ContractGenerator.generate().get(GRANTED).split("\n"));
        int changedLine = lines.indexOf("    \"grantedSek\": {") + 1;

        assertThat(ContractDiff.between(ContractGenerator.generate(), contract)).containsExactly(
                "missing: asyncapi.yaml",
                "differs: " + GRANTED + " (line " + changedLine
                        + ": committed `\"grantedAmount\": {`, generated `\"grantedSek\": {`)",
                "extra:   schemas/ApplicationGranted.v0.json");
    }

    @Test
    void writingRefreshesChangedFilesAndRemovesSchemasThatAreNoLongerInTheCatalogue() throws IOException {
        Files.createDirectories(contract.resolve("schemas"));
        Files.writeString(contract.resolve("schemas/ApplicationGranted.v0.json"), "{}\n");
        Files.writeString(contract.resolve(GRANTED), "{}\n");

        ContractGenerator.write(contract, false);

        assertThat(ContractDiff.between(ContractGenerator.generate(), contract)).isEmpty();
    }

    @Test
    void protectedWriteRefusesToChangeAPublishedSchema() throws IOException {
        ContractGenerator.write(contract, false);
        Files.writeString(contract.resolve(GRANTED), "{}\n");

        assertThatThrownBy(() -> ContractGenerator.write(contract, true))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(GRANTED)
                .hasMessageContaining("bump the record's version in EventCatalog");
        assertThat(Files.readString(contract.resolve(GRANTED))).isEqualTo("{}\n");
    }

    @Test
    void protectedWriteAddsNewSchemasAndTheAsyncApiDocument() throws IOException {
        ContractGenerator.write(contract, true);

        assertThat(ContractDiff.between(ContractGenerator.generate(), contract)).isEmpty();
    }

    @Test
    void mainNeedsTheOutputDirectory() {
        assertThatThrownBy(() -> ContractGenerator.main(new String[0]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("usage");
    }
}

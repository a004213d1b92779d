package se.klossnet.events.contract;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The copy of the contract in {@code events/contract} is what reviewers diff, so it must be what the records
 * generate. Surefire runs in the module directory.
 */
class ContractUpToDateTest {

    static final Path COMMITTED_CONTRACT = Path.of("contract");

    @Test
    void committedContractIsWhatTheEventRecordsGenerate() throws IOException {
        List<String> differences = ContractDiff.between(ContractGenerator.generate(), COMMITTED_CONTRACT);

        if (!differences.isEmpty()) {
            fail("The committed contract in events/contract/ is out of date:\n  " + String.join("\n  ", differences)
                    + "\n\nRegenerate it from the project root with\n\n    " + ContractGenerator.REGENERATE_COMMAND
                    + "\n\nthen review and commit the diff. A published schema never changes: if you changed a record,"
                    + " bump its version in EventCatalog (the command refuses otherwise).");
        }
    }
}

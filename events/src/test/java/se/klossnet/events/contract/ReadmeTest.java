package se.klossnet.events.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import se.klossnet.events.EventCatalog;
import se.klossnet.events.EventDomain;
import se.klossnet.events.EventType;

/** The README's table of event types per topic is documentation that other teams read; it must not drift. */
class ReadmeTest {

    private static final Pattern CODE = Pattern.compile("`([^`]+)`");

    @ParameterizedTest
    @EnumSource(EventDomain.class)
    void topicTableListsExactlyTheCatalogueTypesOfEachDomain(EventDomain domain) throws IOException {
        String rowStart = "| `kloss.<institution>." + domain.topicSegment() + ".v1` |";
        String row = Files.readAllLines(Path.of("README.md")).stream()
                .filter(line -> line.startsWith(rowStart)).findFirst().orElse("");

        assertThat(row).as("README.md row for " + domain).isNotEmpty();
        assertThat(codeSpans(row.substring(rowStart.length())))
                .containsExactlyElementsOf(EventCatalog.of(domain).stream().map(EventType::name).toList());
    }

    private static List<String> codeSpans(String text) {
        List<String> spans = new ArrayList<>();
        Matcher matcher = CODE.matcher(text);
        while (matcher.find()) {
            spans.add(matcher.group(1));
        }
        return spans;
    }
}

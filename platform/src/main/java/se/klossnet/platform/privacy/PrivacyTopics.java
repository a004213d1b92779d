package se.klossnet.platform.privacy;

import java.util.regex.Pattern;
import java.util.stream.Collectors;
import se.klossnet.platform.scope.NodeConfig;

/** The privacy topics of the institutions a node serves, e.g. {@code kloss\.(kth|mau)\.privacy\.v1}. */
public final class PrivacyTopics {

    private PrivacyTopics() {
    }

    public static Pattern of(NodeConfig node) {
        return Pattern.compile("kloss\\.(" + node.institutions().stream().sorted().map(Pattern::quote)
                .collect(Collectors.joining("|")) + ")\\.privacy\\.v1");
    }
}

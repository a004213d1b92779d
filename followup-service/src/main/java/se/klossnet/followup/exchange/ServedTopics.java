package se.klossnet.followup.exchange;

import java.util.regex.Pattern;
import java.util.stream.Collectors;
import se.klossnet.events.EventDomain;
import se.klossnet.platform.scope.NodeConfig;

/** The topic pattern of one domain for the institutions this node serves, e.g. {@code kloss\.(kth|mau)\.exchange\.v1}. */
final class ServedTopics {

    private ServedTopics() {
    }

    static Pattern of(NodeConfig node, EventDomain domain) {
        String institutions = node.institutions().stream().sorted().map(Pattern::quote)
                .collect(Collectors.joining("|"));
        return Pattern.compile("kloss\\.(" + institutions + ")\\." + Pattern.quote(domain.topicSegment()) + "\\.v1");
    }
}

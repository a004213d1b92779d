package se.klossnet.system.autonomy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.klossnet.system.Network;
import se.klossnet.system.autonomy.ApplicationWrites.Marker;

/** Issue 8, node autonomy: when a node is down (all its services killed), the other nodes and the hub carry on. */
class NodeOutageSystemTest {

    private final ApplicationWrites writes = new ApplicationWrites(new Tokens());
    private final Tokens tokens = new Tokens();

    @Test
    void theOtherNodesAndTheHubCarryOnWhileANodeIsDown() throws Exception {
        String down = Autonomy.aNodeWithoutWriters();
        List<Marker> markers = Autonomy.open(writes, "Node outage").stream().filter(m -> !m.node().equals(down)).toList();
        assertThat(markers).as("writers on nodes other than %s", down).isNotEmpty();
        Map<Marker, Set<String>> accepted;
        try {
            LocalNetwork.killNode(down);
            for (String service : List.of("gateway", "call", "exchange", "followup")) {
                assertThat(answers(Network.url(down, service))).as("%s's %s is down", down, service).isFalse();
            }
            accepted = Autonomy.writeAll(writes, markers, 6);
            Autonomy.assertNationalFiguresMatch(writes, accepted);
            // The hub's own view of the network still answers, the silent node's institutions included.
            assertThat(writes.send("GET", Network.REPORTING + "/national/health", tokens.of("analyst"), null).statusCode())
                    .isEqualTo(200);
        } finally {
            LocalNetwork.startNode(down);
        }
        for (String service : List.of("gateway", "call", "exchange", "followup")) {
            assertThat(answers(Network.url(down, service))).as("%s's %s is back", down, service).isTrue();
        }
    }

    private boolean answers(String url) throws Exception {
        try {
            return writes.send("GET", url + "/q/health/live", null, null).statusCode() == 200;
        } catch (IOException e) {
            return false;
        }
    }
}

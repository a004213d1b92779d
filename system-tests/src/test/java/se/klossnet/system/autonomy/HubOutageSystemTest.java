package se.klossnet.system.autonomy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.klossnet.system.Network;
import se.klossnet.system.autonomy.ApplicationWrites.Marker;

/**
 * Issue 8, node autonomy: while the national hub is down the nodes are unaffected, and the hub catches up from the
 * retained log when it is back, with exact counts.
 */
class HubOutageSystemTest {

    private final ApplicationWrites writes = new ApplicationWrites(new Tokens());

    @Test
    void nodesAreUnaffectedByAHubOutageAndTheHubCatchesUpFromTheLog() throws Exception {
        List<Marker> markers = Autonomy.open(writes, "Hub outage");
        Map<Marker, Set<String>> accepted;
        try {
            LocalNetwork.killService("hub", "reporting-service");
            assertThat(reportingAnswers()).as("the reporting-service is down").isFalse();
            accepted = Autonomy.writeAll(writes, markers, 6);
        } finally {
            LocalNetwork.startNode("hub");
        }
        Autonomy.assertNationalFiguresMatch(writes, accepted);
    }

    private boolean reportingAnswers() throws Exception {
        try {
            writes.send("GET", Network.REPORTING + "/q/health/live", null, null);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}

package se.klossnet.system.autonomy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.klossnet.system.autonomy.ApplicationWrites.Marker;

/**
 * Issue 8, node autonomy: while Kafka is down, nodes keep accepting writes (the outbox buffers them), and they reach
 * the national figures when it is back — none lost, none counted twice. The broker is killed (kill -9), not stopped
 * politely, and brought back with the network's own script.
 */
class BrokerOutageSystemTest {

    private final ApplicationWrites writes = new ApplicationWrites(new Tokens());

    @Test
    void writesAcceptedWhileTheBrokerIsDownReachTheNationalFiguresAfterItRestarts() throws Exception {
        List<Marker> markers = Autonomy.open(writes, "Broker outage");
        Map<Marker, Set<String>> accepted;
        try {
            LocalNetwork.killBroker();
            accepted = Autonomy.writeAll(writes, markers, 6);
            // Nothing can have reached the hub: the writes wait in the nodes' outboxes.
            assertThat(writes.national(markers).values()).as("national figures while the broker is down").containsOnly(0L);
        } finally {
            LocalNetwork.startBroker();
        }
        Autonomy.assertNationalFiguresMatch(writes, accepted);
    }
}

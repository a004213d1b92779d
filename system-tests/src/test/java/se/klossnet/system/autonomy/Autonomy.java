package se.klossnet.system.autonomy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import se.klossnet.system.Network;
import se.klossnet.system.autonomy.ApplicationWrites.Marker;
import se.klossnet.system.autonomy.ApplicationWrites.Result;
import se.klossnet.system.autonomy.ApplicationWrites.Write;

/** What the autonomy tests share: where the writes go, and the exact comparison with the national figures. */
final class Autonomy {

    /** Institutions with demo users (deploy/keycloak): the ones whose staff can write. */
    static final List<String> WRITERS = List.of("kth", "mau");
    /** How long the hub may take to catch up after a restart; the tests fail, not hang, past it. */
    static final Duration CATCH_UP = Duration.ofMinutes(4);

    private Autonomy() {
    }

    static List<Marker> open(ApplicationWrites writes, String label) throws Exception {
        List<Marker> markers = new ArrayList<>();
        for (String institution : WRITERS) {
            markers.add(writes.open(institution, label + " " + institution + " " + System.nanoTime()));
        }
        return markers;
    }

    /** {@code perMarker} writes to each marker, every one of which must get a 2xx; their ids by marker. */
    static Map<Marker, Set<String>> writeAll(ApplicationWrites writes, List<Marker> markers, int perMarker) {
        Map<Marker, Set<String>> accepted = new LinkedHashMap<>();
        for (Marker marker : markers) {
            Set<String> ids = new TreeSet<>();
            for (int i = 0; i < perMarker; i++) {
                Write write = writes.submit(marker);
                assertThat(write.result()).as("write %d at %s: %s", i, marker.institution(), write.detail())
                        .isEqualTo(Result.ACCEPTED);
                ids.add(write.applicationId());
            }
            accepted.put(marker, ids);
        }
        return accepted;
    }

    /**
     * Waits until the hub has caught up with every accepted write, then asserts the exact figures: each institution's
     * count equals its number of 2xx writes (none lost, none counted twice), and each node holds exactly those ids.
     */
    static void assertNationalFiguresMatch(ApplicationWrites writes, Map<Marker, Set<String>> accepted) throws Exception {
        List<Marker> markers = List.copyOf(accepted.keySet());
        Map<String, Long> expected = new LinkedHashMap<>();
        accepted.forEach((m, ids) -> expected.put(m.institution(), (long) ids.size()));
        await().atMost(CATCH_UP).pollInterval(Duration.ofSeconds(2)).ignoreExceptions().until(
                () -> writes.national(markers),
                national -> expected.entrySet().stream().allMatch(e -> national.getOrDefault(e.getKey(), 0L) >= e.getValue()));
        assertThat(writes.national(markers)).as("applications in the national figures, by institution")
                .isEqualTo(expected);
        for (Marker marker : markers) {
            assertThat(writes.submittedAtNode(marker)).as("submitted applications at %s's node", marker.institution())
                    .isEqualTo(accepted.get(marker));
        }
    }

    /** A node that none of the writers is served by, else any node but the first writer's. */
    static String aNodeWithoutWriters() {
        List<String> writerNodes = WRITERS.stream().map(Network::nodeOf).toList();
        return Network.NODES.stream().filter(n -> !writerNodes.contains(n)).findFirst()
                .orElseGet(() -> Network.NODES.stream().filter(n -> !n.equals(Network.nodeOf(WRITERS.get(0)))).findFirst()
                        .orElseThrow(() -> new IllegalStateException("the network under test needs a second node")));
    }
}

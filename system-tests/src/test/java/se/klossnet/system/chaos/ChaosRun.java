package se.klossnet.system.chaos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Test;
import se.klossnet.system.Network;
import se.klossnet.system.autonomy.ApplicationWrites;
import se.klossnet.system.autonomy.ApplicationWrites.Marker;
import se.klossnet.system.autonomy.ApplicationWrites.Result;
import se.klossnet.system.autonomy.ApplicationWrites.Write;
import se.klossnet.system.autonomy.LocalNetwork;
import se.klossnet.system.autonomy.Tokens;
import se.klossnet.system.chaos.PoisonMessages.Poison;

/**
 * {@code ./kloss chaos}: under a bounded load of writes across the nodes, kill -9 and restart, in turn, the services,
 * the broker, PostgreSQL and the reporting-service, pause the broker (SIGSTOP/SIGCONT), and inject poison messages.
 * At the end every write that got a 2xx must be in the national figures exactly once, and every poison message in a
 * dead-letter topic, parked by the hub's ingest, which went on.
 *
 * <p>Named {@code ...Run}, not {@code ...Test}, on purpose: the system-test run does not pick it up (it takes minutes
 * and breaks the network under the other tests); {@code ./kloss chaos} and {@code ./kloss test} run it by name
 * ({@code -Dtest=ChaosRun}). Settings: {@code kloss.chaos.rounds} (5), {@code kloss.chaos.quick} (one round over a
 * few targets, small load), {@code kloss.chaos.summary} (where the Markdown summary goes).
 *
 * <p>What counts: applications submitted to a call of a programme created for this run, at each institution with
 * demo users. A write whose submit got no answer (the service died under it) is "in doubt"; the node's own list of
 * submitted applications says whether it committed. Then, per institution: lost = 2xx writes the node does not hold
 * + writes the node holds that the national figures lack; duplicated = national count above the node's.
 */
class ChaosRun {

    private static final int ROUNDS = Integer.getInteger("kloss.chaos.rounds", 5);
    private static final boolean QUICK = Boolean.getBoolean("kloss.chaos.quick");
    private static final String SUMMARY = System.getProperty("kloss.chaos.summary", "target/chaos-summary.md");
    private static final List<String> WRITERS = List.of(System.getProperty("kloss.chaos.institutions", "kth,mau").split(","));
    private static final Duration BETWEEN_FAULTS = Duration.ofSeconds(QUICK ? 2 : 5);
    private static final Duration PAUSE = Duration.ofSeconds(QUICK ? 5 : 20);
    private static final Duration CATCH_UP = Duration.ofMinutes(QUICK ? 4 : 8);

    private record Fault(String name, Runnable inject) {
    }

    private record Step(int round, String fault, Duration took, long acceptedSoFar) {
    }

    private record Row(String institution, long attempted, long accepted, long inDoubt, long inDoubtCommitted,
                       long refused, long atNode, long national, long lost, long duplicated, long unexplained) {
    }

    @Test
    void everyAcceptedWriteIsInTheNationalFiguresExactlyOnce() throws Exception {
        Instant started = Instant.now();
        String runId = UUID.randomUUID().toString().substring(0, 8);
        ApplicationWrites writes = new ApplicationWrites(new Tokens());
        List<Marker> markers = new ArrayList<>();
        for (String institution : WRITERS) {
            markers.add(writes.open(institution, "Chaos " + runId + " " + institution));
        }
        log("run %s: %d round(s)%s, writers %s, markers %s", runId, ROUNDS, QUICK ? " (quick)" : "", WRITERS,
                markers.stream().map(m -> m.institution() + "=" + m.programmeId()).toList());

        // Paced so that the load lasts the whole run (about 2 min quick, 4–5 min a full round here); the cap bounds it.
        WriteLoad load = new WriteLoad(writes, markers, QUICK ? 1000 : 15000, Duration.ofMillis(QUICK ? 250 : 200));
        List<Step> steps = new ArrayList<>();
        List<Write> outcomes;
        List<Poison> poisons;
        load.start();
        try {
            // Poison first: it waits in the topics while the consumers are killed and restarted around it.
            poisons = PoisonMessages.inject(WRITERS, runId);
            log("injected %d poison messages: %s", poisons.size(), poisons);
            for (int round = 1; round <= ROUNDS; round++) {
                for (Fault fault : plan(round)) {
                    Instant t0 = Instant.now();
                    log("round %d: %s", round, fault.name());
                    fault.inject().run();
                    Step step = new Step(round, fault.name(), Duration.between(t0, Instant.now()), load.accepted());
                    steps.add(step);
                    log("round %d: %s, back in %d s; %d writes accepted so far", round, fault.name(),
                            step.took().toSeconds(), step.acceptedSoFar());
                    Thread.sleep(BETWEEN_FAULTS.toMillis());
                }
            }
        } finally {
            outcomes = load.stop();
            LocalNetwork.restoreAll();
        }
        Instant faultsOver = Instant.now();

        // The node's own truth first (it answers once it is back), then wait until the hub has caught up with it.
        Map<Marker, Set<String>> atNode = new LinkedHashMap<>();
        for (Marker marker : markers) {
            atNode.put(marker, await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(2))
                    .ignoreExceptions().until(() -> writes.submittedAtNode(marker), ids -> true));
        }
        try {
            await().atMost(CATCH_UP).pollInterval(Duration.ofSeconds(2)).until(() -> writes.nationalOrEmpty(markers),
                    national -> !national.isEmpty() && markers.stream().allMatch(
                            m -> national.getOrDefault(m.institution(), 0L) >= atNode.get(m).size()));
        } catch (ConditionTimeoutException e) {
            log("the hub did not catch up within %s; counting what it has", CATCH_UP);
        }
        Duration catchUp = Duration.between(faultsOver, Instant.now());
        Map<String, Long> national = writes.national(markers);

        List<Row> rows = new ArrayList<>();
        for (Marker marker : markers) {
            List<Write> mine = outcomes.stream().filter(w -> w.marker().equals(marker)).toList();
            Set<String> accepted = ids(mine, Result.ACCEPTED);
            Set<String> inDoubt = ids(mine, Result.IN_DOUBT);
            Set<String> node = atNode.get(marker);
            long lostAtNode = accepted.stream().filter(id -> !node.contains(id)).count();
            long inDoubtCommitted = inDoubt.stream().filter(node::contains).count();
            long unexplained = node.stream().filter(id -> !accepted.contains(id) && !inDoubt.contains(id)).count();
            long atHub = national.getOrDefault(marker.institution(), 0L);
            rows.add(new Row(marker.institution(), mine.size(), accepted.size(), inDoubt.size(), inDoubtCommitted,
                    mine.stream().filter(w -> w.result() == Result.REFUSED).count(), node.size(), atHub,
                    lostAtNode + Math.max(0, node.size() - atHub), Math.max(0, atHub - node.size()), unexplained));
        }

        Map<String, Map<String, Integer>> parked = PoisonMessages.parked(poisons);
        String summary = summary(runId, started, steps, rows, poisons, parked, catchUp, outcomes);
        Files.createDirectories(Path.of(SUMMARY).toAbsolutePath().getParent());
        Files.writeString(Path.of(SUMMARY), summary);
        summary.lines().forEach(l -> log("%s", l));

        long lost = rows.stream().mapToLong(Row::lost).sum();
        long duplicated = rows.stream().mapToLong(Row::duplicated).sum();
        assertThat(rows.stream().mapToLong(Row::accepted).sum()).as("writes accepted under chaos").isPositive();
        assertThat(lost).as("lost writes").isZero();
        assertThat(duplicated).as("duplicated writes").isZero();
        assertThat(rows.stream().mapToLong(Row::unexplained).sum()).as("applications at a node that no write made").isZero();
        for (Poison poison : poisons) {
            assertThat(parked.get(poison.key()).entrySet().stream()
                    .filter(e -> e.getKey().contains("reporting-service")).mapToInt(Map.Entry::getValue).sum())
                    .as("%s on %s parked by the hub's ingest", poison.kind(), poison.topic()).isPositive();
        }
    }

    /**
     * The faults of one round. Full rounds rotate over the nodes and the hub: every service of one of them (so every
     * service of every node is killed within a few rounds), then the broker, a broker pause, PostgreSQL and the
     * reporting-service. The quick round touches one service of each kind of process.
     */
    private static List<Fault> plan(int round) {
        List<Fault> faults = new ArrayList<>();
        if (QUICK) {
            String node = Network.nodeOf(WRITERS.get(0));
            faults.add(serviceKill(node, "call-service"));
        } else {
            List<String> owners = new ArrayList<>(Network.NODES);
            owners.add("hub");
            String owner = owners.get((round - 1) % owners.size());
            List<String> services = owner.equals("hub") ? List.of("gateway")
                    : List.of("call-service", "exchange-service", "followup-service", "gateway");
            services.forEach(s -> faults.add(serviceKill(owner, s)));
        }
        faults.add(new Fault("kill -9 broker", () -> {
            LocalNetwork.killBroker();
            LocalNetwork.startBroker();
        }));
        faults.add(new Fault("SIGSTOP broker for " + PAUSE.toSeconds() + " s", () -> {
            LocalNetwork.pauseBroker();
            try {
                Thread.sleep(PAUSE.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                LocalNetwork.resumeBroker();
            }
        }));
        faults.add(new Fault("kill -9 PostgreSQL", () -> {
            LocalNetwork.killPostgres();
            LocalNetwork.startPostgres();
            LocalNetwork.awaitServices(); // every service reconnects (Agroal), none is restarted
        }));
        faults.add(serviceKill("hub", "reporting-service"));
        return faults;
    }

    private static Fault serviceKill(String node, String service) {
        return new Fault("kill -9 " + node + " " + service, () -> {
            LocalNetwork.killService(node, service);
            LocalNetwork.startService(node, service);
        });
    }

    private static Set<String> ids(List<Write> writes, Result result) {
        return writes.stream().filter(w -> w.result() == result).map(Write::applicationId)
                .collect(Collectors.toCollection(HashSet::new));
    }

    private static String summary(String runId, Instant started, List<Step> steps, List<Row> rows, List<Poison> poisons,
                                  Map<String, Map<String, Integer>> parked, Duration catchUp, List<Write> outcomes) {
        StringBuilder s = new StringBuilder();
        Duration total = Duration.between(started, Instant.now());
        s.append("## Chaos run ").append(runId).append(" — ").append(started).append("\n\n");
        s.append("Rounds: ").append(ROUNDS).append(QUICK ? " (quick)" : "").append("; faults: ").append(steps.size())
                .append("; duration ").append(total.toSeconds()).append(" s; the hub caught up ")
                .append(catchUp.toSeconds()).append(" s after the last fault.\n\n");
        s.append("| round | fault | back after (s) | 2xx writes so far |\n|---|---|---|---|\n");
        steps.forEach(st -> s.append("| %d | %s | %d | %d |\n".formatted(st.round(), st.fault(), st.took().toSeconds(),
                st.acceptedSoFar())));
        s.append("\n| institution | attempted | 2xx | in doubt (committed) | refused | at node | national | lost | duplicated |\n")
                .append("|---|---|---|---|---|---|---|---|---|\n");
        for (Row r : rows) {
            s.append("| %s | %d | %d | %d (%d) | %d | %d | %d | %d | %d |\n".formatted(r.institution(), r.attempted(),
                    r.accepted(), r.inDoubt(), r.inDoubtCommitted(), r.refused(), r.atNode(), r.national(), r.lost(),
                    r.duplicated()));
        }
        s.append("| **total** | %d | %d | %d (%d) | %d | %d | %d | **%d** | **%d** |\n".formatted(
                rows.stream().mapToLong(Row::attempted).sum(), rows.stream().mapToLong(Row::accepted).sum(),
                rows.stream().mapToLong(Row::inDoubt).sum(), rows.stream().mapToLong(Row::inDoubtCommitted).sum(),
                rows.stream().mapToLong(Row::refused).sum(), rows.stream().mapToLong(Row::atNode).sum(),
                rows.stream().mapToLong(Row::national).sum(), rows.stream().mapToLong(Row::lost).sum(),
                rows.stream().mapToLong(Row::duplicated).sum()));
        Map<String, Long> refusals = outcomes.stream().filter(w -> w.result() != Result.ACCEPTED)
                .collect(Collectors.groupingBy(w -> w.detail().replaceAll("[0-9a-f-]{36}", "…").replaceAll("^(\\S+ \\S+).*", "$1"),
                        Collectors.counting()));
        s.append("\nWrites without a 2xx, by first words of the reason: ").append(refusals).append("\n");
        s.append("\n| poison | topic | parked by hub ingest | parked by node consumers |\n|---|---|---|---|\n");
        for (Poison p : poisons) {
            Map<String, Integer> groups = parked.get(p.key());
            int hub = groups.entrySet().stream().filter(e -> e.getKey().contains("reporting-service")).mapToInt(Map.Entry::getValue).sum();
            int nodes = groups.entrySet().stream().filter(e -> !e.getKey().contains("reporting-service")).mapToInt(Map.Entry::getValue).sum();
            s.append("| %s | %s | %d | %d |\n".formatted(p.kind(), p.topic(), hub, nodes));
        }
        return s.toString();
    }

    private static void log(String format, Object... args) {
        System.out.println("chaos " + String.format(format, args));
    }
}

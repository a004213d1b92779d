package se.klossnet.system.autonomy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Stops, kills and starts the processes of the network under test through its own scripts (deploy/local), with the
 * profile ./kloss passed: the scripts act only on the pids that this profile recorded, so another network on the
 * same machine is never touched. Every call is bounded in time.
 */
public final class LocalNetwork {

    private static final Path SCRIPTS = Path.of(required("kloss.local.scripts"));
    private static final String PROFILE = required("kloss.local.profile");
    private static final String PORT_OFFSET = System.getProperty("kloss.local.port-offset", "");
    private static final String NODES = System.getProperty("kloss.local.nodes", "");
    /** A service's start takes 20–60 s on a busy 2-core machine; the scripts give up at 180 s. */
    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);
    private static final Duration KILL_TIMEOUT = Duration.ofSeconds(60);

    private LocalNetwork() {
    }

    public static void killService(String node, String service) {
        run(KILL_TIMEOUT, "services.sh", "kill", node, service);
    }

    /** Kills every service of a node at once: the node is down. */
    public static void killNode(String node) {
        run(KILL_TIMEOUT, "services.sh", "kill", node);
    }

    public static void startService(String node, String service) {
        run(START_TIMEOUT, "services.sh", "start-one", node, service);
    }

    /** Starts whatever of the node (or the hub) is not running, and waits until all of it is healthy. */
    public static void startNode(String node) {
        run(START_TIMEOUT, "services.sh", "start", node);
    }

    public static void killBroker() {
        run(KILL_TIMEOUT, "kafka.sh", "kill");
    }

    /** Starts the broker if it is not running (idempotent), and re-applies its users, topics and ACLs. */
    public static void startBroker() {
        run(START_TIMEOUT, "kafka.sh", "start");
    }

    public static void pauseBroker() {
        run(KILL_TIMEOUT, "kafka.sh", "pause");
    }

    public static void resumeBroker() {
        run(KILL_TIMEOUT, "kafka.sh", "resume");
    }

    public static void killPostgres() {
        run(KILL_TIMEOUT, "postgres.sh", "kill");
    }

    public static void startPostgres() {
        run(START_TIMEOUT, "postgres.sh", "start");
    }

    /**
     * Makes the network whole again: infrastructure first, then every node and the hub (the scripts skip what runs
     * and is healthy). Called in {@code finally} by every test that breaks something, because other tests follow.
     */
    public static void restoreAll() {
        resumeBrokerQuietly();
        startPostgres();
        startBroker();
        run(START_TIMEOUT, "keycloak.sh", "start");
        awaitServices();
    }

    /** Starts any service that is not running and waits until every service of every node and the hub is healthy. */
    public static void awaitServices() {
        run(Duration.ofMinutes(8), "services.sh", "start");
    }

    /** SIGCONT to a paused broker; harmless when it is not paused, and silent when it is not running. */
    public static void resumeBrokerQuietly() {
        try {
            resumeBroker();
        } catch (IllegalStateException ignored) {
            // not running: startBroker() follows
        }
    }

    private static void run(Duration timeout, String script, String... args) {
        List<String> command = new ArrayList<>();
        command.add(SCRIPTS.resolve(script).toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("KLOSS_PROFILE", PROFILE);
        if (!PORT_OFFSET.isBlank()) {
            builder.environment().put("KLOSS_PORT_OFFSET", PORT_OFFSET);
        }
        if (!NODES.isBlank()) {
            builder.environment().put("KLOSS_NODES", NODES);
        }
        try {
            Path output = Files.createTempFile("kloss-script", ".log");
            try {
                Process process = builder.redirectOutput(output.toFile()).start();
                if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                    process.destroyForcibly();
                    throw new IllegalStateException(String.join(" ", command) + " did not finish in " + timeout
                            + ":\n" + Files.readString(output));
                }
                String log = Files.readString(output);
                System.out.print(log.lines().map(l -> "  [" + script + "] " + l + "\n").reduce("", String::concat));
                if (process.exitValue() != 0) {
                    throw new IllegalStateException(String.join(" ", command) + " failed (" + process.exitValue()
                            + "):\n" + log);
                }
            } finally {
                Files.deleteIfExists(output);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + command + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + command, e);
        }
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("system property " + property + " is not set; run with ./kloss systest or ./kloss test");
        }
        return value;
    }
}

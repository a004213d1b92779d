package se.klossnet.reporting.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.klossnet.testing.RealInfrastructure;

/**
 * The physical baselines of the ingest benchmark, measured in the same run on the same broker and database as the
 * hub: how fast Kafka's own consumer tool reads the very topics the hub ingested, and how many events per second
 * pgbench can write when each event is one transaction of the rows the projection writes for it (seen row, fact
 * upsert: bench/pgbench/ingest-upsert.sql). Both tools run as child processes; a baseline whose tool is
 * not configured is reported as not measured rather than guessed.
 */
record Baselines(Double kafkaConsumerRecordsPerSecond, Double pgbenchEventsPerSecond, String detail) {

    private static final Path BENCH = Path.of("..", "bench");

    static Baselines measure(List<String> institutions, long records) throws IOException {
        StringBuilder detail = new StringBuilder();
        Double kafka = null;
        Double pgbench = null;
        String tools = System.getProperty("kloss.bench.kafka-tools");
        if (tools != null && !tools.isBlank()) {
            kafka = kafkaConsumer(tools, institutions, records, detail);
        }
        String pgbenchCommand = System.getProperty("kloss.bench.pgbench");
        if (pgbenchCommand != null && !pgbenchCommand.isBlank()) {
            pgbench = pgbench(pgbenchCommand, detail);
        }
        return new Baselines(kafka, pgbench, detail.toString());
    }

    /** ConsumerPerformance over every topic of the benchmark's institutions, from the first record. */
    private static double kafkaConsumer(String tools, List<String> institutions, long records, StringBuilder detail)
            throws IOException {
        String include = "kloss\\.(" + String.join("|", institutions) + ")\\.(call|exchange|followup)\\.v1";
        String out = run(List.of(java(), "-Xmx512m", "-cp", tools + "/*", "org.apache.kafka.tools.ConsumerPerformance",
                "--bootstrap-server", RealInfrastructure.kafka().bootstrapServers(), "--include", include,
                "--num-records", Long.toString(records), "--timeout", "120000",
                "--group", "bench-consumer-perf-" + System.nanoTime(),
                "--command-property", "auto.offset.reset=earliest"), 600);
        // start.time, end.time, data.consumed.in.MB, MB.sec, data.consumed.in.nMsg, nMsg.sec, rebalance.time.ms,
        // fetch.time.ms, fetch.MB.sec, fetch.nMsg.sec
        String[] last = out.strip().lines().reduce((a, b) -> b).orElseThrow().split(",\\s*");
        long consumed = Long.parseLong(last[4].trim());
        assertThat(consumed).as("records ConsumerPerformance read: %s", out).isEqualTo(records);
        double perSecond = Double.parseDouble(last[5].trim());
        detail.append(String.format(Locale.ROOT, "  kafka consumer:    %d records in %s ms = %.0f records/s "
                + "(ConsumerPerformance; fetch only %s records/s)%n", consumed,
                Long.parseLong(last[7].trim()) + Long.parseLong(last[6].trim()), perSecond, last[9].trim()));
        return perSecond;
    }

    /** pgbench, one client like the hub's one consumer thread, on scratch copies of the projection's tables. */
    private static double pgbench(String pgbench, StringBuilder detail) throws IOException {
        URI jdbc = URI.create(RealInfrastructure.jdbcUrl().substring("jdbc:".length()));
        String database = jdbc.getPath().substring(1);
        String psql = Path.of(pgbench).resolveSibling("psql").toString();
        List<String> connection = List.of("-h", jdbc.getHost(), "-p", Integer.toString(jdbc.getPort()), "-U", "postgres");
        List<String> setup = new ArrayList<>(List.of(psql, "-v", "ON_ERROR_STOP=1", "-q"));
        setup.addAll(connection);
        setup.addAll(List.of("-f", BENCH.resolve("pgbench/ingest-setup.sql").toString(), database));
        run(setup, 60);
        int seconds = Integer.getInteger("kloss.bench.pgbench-seconds", 30);
        List<String> command = new ArrayList<>(List.of(pgbench, "-n", "-c", "1", "-j", "1", "-M", "prepared",
                "-T", Integer.toString(seconds), "-f", BENCH.resolve("pgbench/ingest-upsert.sql").toString()));
        command.addAll(connection);
        command.add(database);
        String out = run(command, seconds + 120);
        Matcher tps = Pattern.compile("tps = ([0-9.]+)").matcher(out);
        assertThat(tps.find()).as("pgbench output: %s", out).isTrue();
        double perSecond = Double.parseDouble(tps.group(1));
        detail.append(String.format(Locale.ROOT, "  pgbench upsert:    %.0f events/s (1 client, %d s, one transaction"
                + " per event: seen + fact upsert)%n", perSecond, seconds));
        return perSecond;
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String run(List<String> command, long timeoutSeconds) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("PGPASSWORD", "postgres");
        Process process = builder.start();
        byte[] output;
        try {
            output = process.getInputStream().readAllBytes();
            assertThat(process.waitFor(timeoutSeconds, TimeUnit.SECONDS)).as("%s finished", command.get(0)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new IllegalStateException(e);
        }
        String text = new String(output, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as("%s failed: %s", String.join(" ", command), text).isZero();
        return text;
    }

    String describe() {
        return detail.isEmpty() ? "  baselines:         not measured (no -Dkloss.bench.kafka-tools / -Dkloss.bench.pgbench)\n"
                : detail;
    }

    String properties() {
        return String.format(Locale.ROOT, "kafka_consumer_records_per_s=%s%npgbench_upsert_events_per_s=%s%n",
                kafkaConsumerRecordsPerSecond == null ? "" : String.format(Locale.ROOT, "%.0f", kafkaConsumerRecordsPerSecond),
                pgbenchEventsPerSecond == null ? "" : String.format(Locale.ROOT, "%.0f", pgbenchEventsPerSecond));
    }
}

package se.klossnet.demo;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.PrintStream;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import se.klossnet.demo.http.Api;
import se.klossnet.demo.http.DemoException;
import se.klossnet.demo.http.Tokens;
import se.klossnet.demo.plan.DemoPlan;
import se.klossnet.demo.plan.DemoPlan.InstitutionPlan;
import se.klossnet.demo.plan.DemoPlanner;
import se.klossnet.demo.run.InstitutionRun;
import se.klossnet.demo.run.NodeEndpoints;
import se.klossnet.demo.run.Tally;
import se.klossnet.demo.run.Tally.Item;

/**
 * {@code ./kloss demo}: writes a several-year history of programmes, calls, applications, reviews, decisions,
 * exchanges, agreements, costs, surveys, outcomes and dissemination into a running network through the nodes'
 * gateways with real Keycloak tokens, then waits until the national hub's figures show it and prints them.
 *
 * <p>Rerunning with a seed whose batch an institution already holds skips that institution (its programmes carry
 * the marker "(demo &lt;seed&gt;)"); another seed adds a new batch.
 */
public final class DemoHistory {

    /** What a run wrote per institution, and what the hub's national figures said before and after. */
    public record Result(DemoPlan plan, Map<String, Tally> tallies, Map<String, JsonNode> hubBefore,
                         Map<String, JsonNode> hubAfter, Duration elapsed) {
    }

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    private static final Duration HUB_WAIT = Duration.ofMinutes(3);
    /** The hub's per-institution figures shown next to the demo's own counts. */
    static final Map<String, Item> SHOWN = shown();
    /**
     * The figures the demo waits for. Survey responses are shown but not awaited: the followup-service publishes
     * NPS answers (0–10) among a response's scores and the hub refuses a response with a score outside 1–5, so the
     * hub counts only the responses whose NPS answer happens to lie within 1–5 (reported as a defect).
     */
    public static final List<String> AWAITED = List.of("applications", "granted", "exchangesPlanned",
            "exchangesCompleted", "outcomes");

    private final DemoConfig config;
    private final PrintStream out;
    private final Api api;

    public DemoHistory(DemoConfig config, PrintStream out) {
        this.config = config;
        this.out = out;
        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .version(HttpClient.Version.HTTP_1_1).build();
        this.api = new Api(http, json, new Tokens(http, json, config.keycloakUrl(), config.gatewayClientSecret(), "demo"));
    }

    public static void main(String[] args) {
        if (java.util.Arrays.asList(args).contains("--help") || java.util.Arrays.asList(args).contains("-h")) {
            System.out.print(DemoConfig.USAGE);
            return;
        }
        DemoConfig config;
        try {
            config = DemoConfig.parse(args, System.getProperties());
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        try {
            new DemoHistory(config, System.out).run();
            System.exit(0);
        } catch (DemoException e) {
            System.err.println("demo failed: " + e.getMessage());
            System.exit(1);
        } catch (Exception e) {
            System.err.println("demo failed: " + e);
            System.exit(1);
        }
    }

    public Result run() throws Exception {
        Instant start = Instant.now();
        LocalDate today = LocalDate.now(STOCKHOLM);
        DemoPlan plan = DemoPlanner.plan(config.seed(), config.scale(), List.copyOf(config.institutions().keySet()),
                config.firstYear(), config.lastYear(), today);
        out.printf("Demo history: seed %d, scale %s, calls opening %d–%d, %d institutions, %d applications planned%n",
                plan.seed(), plan.scale().name().toLowerCase(), plan.firstYear(), plan.lastYear(),
                plan.institutions().size(), plan.applicationCount());

        Map<String, Tally> tallies = new LinkedHashMap<>();
        Map<String, InstitutionRun> runs = new LinkedHashMap<>();
        for (InstitutionPlan p : plan.institutions()) {
            int granted = (int) p.count(DemoPlan.Fate.GRANTED);
            Tally tally = new Tally(p.institution(), p.applicationCount() + 2 * granted);
            tallies.put(p.institution(), tally);
            NodeEndpoints node = config.institutions().get(p.institution());
            if (!api.tokens().canLogIn(p.institution() + "-coordinator")) {
                tally.skipped("Keycloak has no demo users for " + p.institution());
                continue;
            }
            ExecutorService pool = Executors.newFixedThreadPool(config.threads());
            InstitutionRun run = new InstitutionRun(api, node, p, config.seed(), tally, pool);
            String existing = run.existingBatch();
            if (existing != null) {
                tally.skipped(existing);
                pool.shutdown();
                continue;
            }
            runs.put(p.institution(), run);
        }
        Map<String, JsonNode> before = hubFigures();

        Progress progress = new Progress(tallies, out, start);
        progress.start();
        ExecutorService institutions = Executors.newFixedThreadPool(Math.max(1, runs.size()));
        List<Future<?>> futures = new ArrayList<>();
        try {
            for (InstitutionRun run : runs.values()) {
                futures.add(institutions.submit(() -> {
                    run.run();
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (java.util.concurrent.ExecutionException e) {
            progress.stop();
            throw e.getCause() instanceof Exception ex ? ex : e;
        } finally {
            institutions.shutdownNow();
        }
        progress.stop();
        for (Tally t : tallies.values()) {
            if (t.skippedReason() != null) {
                out.printf("  %-5s skipped: %s%n", t.institution(), t.skippedReason());
            }
        }

        Map<String, JsonNode> after = config.waitForHub() && !runs.isEmpty() ? awaitHub(before, tallies, runs.keySet()) : hubFigures();
        Duration elapsed = Duration.between(start, Instant.now());
        summary(tallies, before, after, elapsed);
        return new Result(plan, tallies, before, after, elapsed);
    }

    /** The hub's key figures per institution, as the national analyst reads them through the hub's gateway. */
    private Map<String, JsonNode> hubFigures() {
        JsonNode table = api.get("analyst", config.hubGatewayUrl() + "/reporting/national/figures?groupBy=institution");
        Map<String, JsonNode> rows = new LinkedHashMap<>();
        for (JsonNode row : table.path("rows")) {
            rows.put(row.path("institution").asText(), row);
        }
        return rows;
    }

    /** Waits until the hub counts, per institution, at least what it counted before plus what the demo wrote. */
    private Map<String, JsonNode> awaitHub(Map<String, JsonNode> before, Map<String, Tally> tallies,
                                           java.util.Set<String> written) {
        out.println("Waiting for the national figures on the hub to show the new data …");
        Instant deadline = Instant.now().plus(HUB_WAIT);
        while (true) {
            Map<String, JsonNode> now = hubFigures();
            List<String> behind = new ArrayList<>();
            for (String institution : written) {
                for (Map.Entry<String, Item> check : SHOWN.entrySet()) {
                    if (!AWAITED.contains(check.getKey())) {
                        continue;
                    }
                    long expected = figure(before.get(institution), check.getKey()) + tallies.get(institution).get(check.getValue());
                    if (figure(now.get(institution), check.getKey()) < expected) {
                        behind.add(institution + " " + check.getKey());
                    }
                }
            }
            if (behind.isEmpty()) {
                return now;
            }
            if (Instant.now().isAfter(deadline)) {
                out.println("  the hub has not caught up after " + HUB_WAIT.toMinutes() + " min: " + behind
                        + " (see ./kloss logs hub-reporting-service)");
                return now;
            }
            Api.sleep(Duration.ofSeconds(2));
        }
    }

    static long figure(JsonNode row, String key) {
        return row == null ? 0 : row.path(key).asLong(0);
    }

    private void summary(Map<String, Tally> tallies, Map<String, JsonNode> before, Map<String, JsonNode> after,
                         Duration elapsed) {
        out.println();
        out.println("Written through the gateways (this run):");
        out.printf("  %-5s %5s %5s %6s %6s %6s %6s %6s %6s %6s %6s %6s %6s%n", "inst", "progs", "calls", "apps",
                "grants", "exch", "signed", "done", "cancel", "costs", "survey", "outc", "dissem");
        for (Tally t : tallies.values()) {
            if (t.skippedReason() != null) {
                continue;
            }
            out.printf("  %-5s %5d %5d %6d %6d %6d %6d %6d %6d %6d %6d %6d %6d%n", t.institution(),
                    t.get(Item.PROGRAMMES), t.get(Item.CALLS), t.get(Item.APPLICATIONS), t.get(Item.GRANTED),
                    t.get(Item.EXCHANGES), t.get(Item.SIGNED), t.get(Item.COMPLETED), t.get(Item.CANCELLED),
                    t.get(Item.COSTS), t.get(Item.SURVEY_RESPONSES), t.get(Item.OUTCOMES), t.get(Item.ACTIVITIES));
        }
        out.println();
        out.println("National figures on the hub (all data, this run's increase in brackets):");
        out.printf("  %-5s %14s %14s %14s %14s %14s %14s%n", "inst", "applications", "granted", "exch planned",
                "exch completed", "outcomes", "survey resp");
        for (Map.Entry<String, JsonNode> e : after.entrySet()) {
            String inst = e.getKey();
            StringBuilder line = new StringBuilder(String.format("  %-5s", inst));
            for (String key : SHOWN.keySet()) {
                long now = figure(e.getValue(), key);
                long delta = now - figure(before.get(inst), key);
                line.append(String.format(" %14s", now + " (+" + delta + ")"));
            }
            out.println(line);
        }
        out.printf("%nDone in %s (%d requests, %d rate-limit waits). Dashboard: %s/dashboard (log in as analyst / demo)%n",
                Progress.format(elapsed), api.requests(), api.rateLimited(), config.hubGatewayUrl());
    }

    private static Map<String, Item> shown() {
        Map<String, Item> m = new LinkedHashMap<>();
        m.put("applications", Item.APPLICATIONS);
        m.put("granted", Item.GRANTED);
        m.put("exchangesPlanned", Item.EXCHANGES);
        m.put("exchangesCompleted", Item.COMPLETED);
        m.put("outcomes", Item.OUTCOMES);
        m.put("surveyResponses", Item.SURVEY_RESPONSES);
        return m;
    }
}

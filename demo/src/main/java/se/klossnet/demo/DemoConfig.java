package se.klossnet.demo;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import se.klossnet.demo.plan.DemoPlan.Scale;
import se.klossnet.demo.run.NodeEndpoints;

/**
 * Where the network runs and what to tell. The network comes from the same system properties that ./kloss gives
 * the system tests ({@code kloss.keycloak.url}, {@code kloss.nodes}, {@code kloss.<node>.institutions},
 * {@code kloss.<node>.gateway.url}, …); the story from the command line.
 *
 * @param institutions the institutions to write for, each with its node's endpoints, in network order
 * @param threads      concurrent workers per institution
 * @param waitForHub   whether to wait until the hub's national figures show what was written
 */
public record DemoConfig(String keycloakUrl, String hubGatewayUrl, Map<String, NodeEndpoints> institutions,
                         long seed, Scale scale, int firstYear, int lastYear, int threads, boolean waitForHub,
                         String gatewayClientSecret) {

    public static final long DEFAULT_SEED = 42;

    static final String USAGE = """
            usage: ./kloss demo [--seed N] [--scale small|full] [--from YEAR] [--to YEAR] [--threads N]
                                [--institutions kth,lu] [--no-wait]
              --seed N          the story's seed (default 42); the same seed tells the same story
              --scale S         small (about ten applications per institution) or full (default: about a hundred)
              --from, --to      the years the calls open in (default: the last five years, to this year)
              --threads N       concurrent workers per institution (default 3)
              --institutions    only these of the network's institutions (default: all that have demo users)
              --no-wait         do not wait for the national figures on the hub to show the new data
            """;

    /** The configuration from the command line and the system properties (or {@code network}, in tests). */
    public static DemoConfig parse(String[] args, Properties network) {
        long seed = DEFAULT_SEED;
        Scale scale = Scale.FULL;
        int lastYear = LocalDate.now(ZoneId.of("Europe/Stockholm")).getYear();
        Integer firstYear = null;
        int threads = 3;
        boolean wait = true;
        List<String> only = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--seed" -> seed = Long.parseLong(value(args, ++i, arg));
                case "--scale" -> scale = Scale.valueOf(value(args, ++i, arg).toUpperCase(java.util.Locale.ROOT));
                case "--from" -> firstYear = Integer.parseInt(value(args, ++i, arg));
                case "--to" -> lastYear = Integer.parseInt(value(args, ++i, arg));
                case "--threads" -> threads = Integer.parseInt(value(args, ++i, arg));
                case "--institutions" -> only = Arrays.asList(value(args, ++i, arg).split(","));
                case "--no-wait" -> wait = false;
                default -> throw new IllegalArgumentException("unknown argument " + arg + "\n" + USAGE);
            }
        }
        if (threads < 1 || threads > 16) {
            throw new IllegalArgumentException("--threads must be 1–16");
        }
        int from = firstYear == null ? lastYear - 4 : firstYear;
        Map<String, NodeEndpoints> institutions = new LinkedHashMap<>();
        for (String node : required(network, "kloss.nodes").split(",")) {
            NodeEndpoints endpoints = new NodeEndpoints(node, required(network, "kloss." + node + ".gateway.url"));
            for (String institution : required(network, "kloss." + node + ".institutions").split(",")) {
                if (only == null || only.contains(institution)) {
                    institutions.putIfAbsent(institution, endpoints);
                }
            }
        }
        if (only != null) {
            List<String> unknown = new ArrayList<>(only);
            unknown.removeAll(institutions.keySet());
            if (!unknown.isEmpty()) {
                throw new IllegalArgumentException("no node of this network serves " + unknown);
            }
        }
        String secret = System.getenv("KLOSS_GATEWAY_CLIENT_SECRET");
        return new DemoConfig(required(network, "kloss.keycloak.url"), required(network, "kloss.hub.gateway.url"),
                institutions, seed, scale, from, lastYear, threads, wait,
                secret == null || secret.isBlank() ? "gateway-local-secret" : secret);
    }

    private static String value(String[] args, int i, String name) {
        if (i >= args.length) {
            throw new IllegalArgumentException(name + " needs a value\n" + USAGE);
        }
        return args[i];
    }

    private static String required(Properties p, String key) {
        String value = p.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("system property " + key + " is not set; run the demo with ./kloss demo");
        }
        return value;
    }
}

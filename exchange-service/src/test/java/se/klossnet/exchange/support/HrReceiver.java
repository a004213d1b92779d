package se.klossnet.exchange.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.klossnet.exchange.hr.WebhookSignature;

/**
 * A tiny real HR system for the tests: an HTTP server on 127.0.0.1 that checks each notice's signature and
 * timestamp, applies a notice once per idempotency key, and can be told to fail the first N calls for an exchange.
 * It is a global test resource, so the service is configured with its URL and the test secrets from the start.
 */
public class HrReceiver implements QuarkusTestResourceLifecycleManager {

    public static final String KTH_SECRET = "test-only-kth-hr-secret-0123456789abcdef";
    public static final String MAU_SECRET = "test-only-mau-hr-secret-0123456789abcdef";
    private static final Pattern EXCHANGE_ID = Pattern.compile("\"exchangeId\"\\s*:\\s*\"([0-9a-f-]{36})\"");

    /** One request as the receiver saw it. */
    public record Call(String institution, String idempotencyKey, String kind, String exchangeId, String body,
                       boolean signatureValid, boolean fresh, int answered) {
    }

    private static HttpServer server;
    private static final List<Call> CALLS = new CopyOnWriteArrayList<>();
    private static final Map<String, String> APPLIED = new ConcurrentHashMap<>();
    private static final Map<String, AtomicInteger> FAILURES_LEFT = new ConcurrentHashMap<>();
    private static final Set<String> ALWAYS_FAIL = ConcurrentHashMap.newKeySet();

    @Override
    public synchronized Map<String, String> start() {
        if (server == null) {
            try {
                server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            server.createContext("/hr/kth", exchange -> handle(exchange, "kth", KTH_SECRET));
            server.createContext("/hr/mau", exchange -> handle(exchange, "mau", MAU_SECRET));
            server.start();
        }
        String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/hr/";
        return Map.of(
                "kloss.hr.webhooks.kth.url", base + "kth",
                "kloss.hr.webhooks.kth.secret", KTH_SECRET,
                "kloss.hr.webhooks.mau.url", base + "mau",
                "kloss.hr.webhooks.mau.secret", MAU_SECRET);
    }

    @Override
    public void stop() {
        // Kept for the whole JVM, like RealInfrastructure: the application may restart between test classes.
    }

    /** The next {@code n} calls about {@code exchangeId} get 503. */
    public static void failFirst(String exchangeId, int n) {
        FAILURES_LEFT.put(exchangeId, new AtomicInteger(n));
    }

    /** Every call about {@code exchangeId} gets 503 until {@link #recover}. */
    public static void failAlways(String exchangeId) {
        ALWAYS_FAIL.add(exchangeId);
    }

    public static void recover(String exchangeId) {
        ALWAYS_FAIL.remove(exchangeId);
    }

    public static List<Call> callsAbout(String exchangeId) {
        return CALLS.stream().filter(c -> exchangeId.equals(c.exchangeId())).toList();
    }

    /** Notices applied (once per idempotency key) about an exchange, by key → kind. */
    public static Map<String, String> appliedAbout(String exchangeId) {
        Map<String, String> applied = new java.util.TreeMap<>();
        CALLS.stream().filter(c -> exchangeId.equals(c.exchangeId()) && APPLIED.containsKey(c.idempotencyKey()))
                .forEach(c -> applied.put(c.idempotencyKey(), APPLIED.get(c.idempotencyKey())));
        return applied;
    }

    private static void handle(HttpExchange http, String institution, String secret) throws IOException {
        try (http) {
            String body = new String(http.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String key = http.getRequestHeaders().getFirst(WebhookSignature.IDEMPOTENCY_HEADER);
            String kind = http.getRequestHeaders().getFirst(WebhookSignature.KIND_HEADER);
            String signature = http.getRequestHeaders().getFirst(WebhookSignature.SIGNATURE_HEADER);
            long timestamp = parse(http.getRequestHeaders().getFirst(WebhookSignature.TIMESTAMP_HEADER));
            boolean valid = WebhookSignature.verify(secret, timestamp, body, signature);
            boolean fresh = Math.abs(Instant.now().getEpochSecond() - timestamp) < 300;
            Matcher m = EXCHANGE_ID.matcher(body);
            String exchangeId = m.find() ? m.group(1) : null;
            int status;
            if (!valid || !fresh) {
                status = 401;
            } else if (exchangeId != null && (ALWAYS_FAIL.contains(exchangeId) || failOnce(exchangeId))) {
                status = 503;
            } else {
                APPLIED.putIfAbsent(key, kind); // applied once, however often it arrives
                status = 204;
            }
            CALLS.add(new Call(institution, key, kind, exchangeId, body, valid, fresh, status));
            http.sendResponseHeaders(status, -1);
        }
    }

    private static boolean failOnce(String exchangeId) {
        AtomicInteger left = FAILURES_LEFT.get(exchangeId);
        return left != null && left.getAndDecrement() > 0;
    }

    private static long parse(String value) {
        try {
            return Long.parseLong(value);
        } catch (RuntimeException e) {
            return -1;
        }
    }
}

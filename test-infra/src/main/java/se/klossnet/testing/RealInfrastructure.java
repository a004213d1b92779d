package se.klossnet.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.nio.file.Path;
import java.util.Map;

/**
 * Starts a real PostgreSQL and a real Kafka broker for a {@code @QuarkusTest} and points the application at them.
 * One set per test JVM: test classes in a module share it, which keeps the suite fast.
 *
 * It also makes the service trust {@link TestTokens}.
 *
 * <p>Use with {@code @QuarkusTestResource(value = RealInfrastructure.class, restrictToAnnotatedClass = false)}.
 */
public class RealInfrastructure implements QuarkusTestResourceLifecycleManager {

    private static PostgresTestServer postgres;
    private static KafkaTestBroker kafka;
    private static String jdbcUrl;

    @Override
    public synchronized Map<String, String> start() {
        Path work = Path.of(System.getProperty("kloss.test.work", "target/test-infra"));
        if (postgres == null) {
            postgres = new PostgresTestServer(work);
            jdbcUrl = postgres.createDatabase("kloss_test");
        }
        if (kafka == null) {
            kafka = new KafkaTestBroker(work);
            kafka.start();
        }
        return Map.of(
                "quarkus.datasource.jdbc.url", jdbcUrl,
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres",
                "kafka.bootstrap.servers", kafka.bootstrapServers(),
                // Verify TestTokens' signatures locally instead of asking an OIDC server.
                "quarkus.oidc.public-key", TestTokens.publicKey(),
                "quarkus.oidc.token.issuer", TestTokens.ISSUER);
    }

    @Override
    public void stop() {
        // The servers live as long as the JVM: Quarkus may restart the application between test classes with a
        // different profile, and the data of one class must not block the next. A shutdown hook cleans up.
    }

    public static KafkaTestBroker kafka() {
        return kafka;
    }

    public static String jdbcUrl() {
        return jdbcUrl;
    }

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (kafka != null) {
                kafka.stop();
            }
            if (postgres != null) {
                postgres.close();
            }
        }, "kloss-test-infra-shutdown"));
    }
}

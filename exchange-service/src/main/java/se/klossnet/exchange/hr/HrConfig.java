package se.klossnet.exchange.hr;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Map;

/**
 * Where HR notices go and how hard we try. The defaults retry for about 7.6 days (30 s doubling up to 6 h, 40
 * attempts), because HR systems have been down for two weeks; see {@link Backoff}.
 */
@ConfigMapping(prefix = "kloss.hr")
public interface HrConfig {

    /**
     * Per institution id: {@code kloss.hr.webhooks.<id>.url} and {@code .secret} (environment
     * {@code KLOSS_HR_WEBHOOKS_<ID>_URL} / {@code _SECRET}). Without an entry, an institution's notices wait in
     * the queue until one is configured; HR can still poll them.
     */
    Map<String, Webhook> webhooks();

    /** How often the delivery worker looks for due notices (read by its schedule). */
    @WithDefault("10s")
    Duration deliveryInterval();

    /** The wait after the first failed attempt; it doubles with each further failure. */
    @WithDefault("30s")
    Duration initialBackoff();

    /** The longest wait between two attempts. */
    @WithDefault("6h")
    Duration maxBackoff();

    /** After this many failed attempts a notice is DEAD: visible through the API, retried only by hand. */
    @WithDefault("40")
    int maxAttempts();

    /** How long one delivery may take. */
    @WithDefault("10s")
    Duration requestTimeout();

    /** Notices taken per worker run. */
    @WithDefault("20")
    int batchSize();

    /** How long a claimed notice is reserved for the worker that claimed it (covers a crash mid-delivery). */
    @WithDefault("2m")
    Duration lease();

    /** A receiver of one institution. */
    interface Webhook {
        String url();

        /** The shared HMAC-SHA256 key; from the environment or a Secret, never from a committed file. */
        String secret();
    }
}

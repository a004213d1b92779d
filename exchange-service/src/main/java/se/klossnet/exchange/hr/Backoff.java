package se.klossnet.exchange.hr;

import java.time.Duration;

/** Exponential backoff: {@code initial × 2^(attempts − 1)}, capped at {@code max}. */
public record Backoff(Duration initial, Duration max, int maxAttempts) {

    static Backoff of(HrConfig config) {
        return new Backoff(config.initialBackoff(), config.maxBackoff(), config.maxAttempts());
    }

    /** The wait after {@code failedAttempts} failures (1 for the first). */
    public Duration after(int failedAttempts) {
        int doublings = Math.max(0, Math.min(failedAttempts - 1, 40));
        Duration delay = initial;
        for (int i = 0; i < doublings && delay.compareTo(max) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(max) > 0 ? max : delay;
    }

    /** How long a notice is retried before it is DEAD: the waits between its attempts, added up. */
    public Duration retryWindow() {
        Duration total = Duration.ZERO;
        for (int failed = 1; failed < maxAttempts; failed++) {
            total = total.plus(after(failed));
        }
        return total;
    }

    public boolean exhausted(int failedAttempts) {
        return failedAttempts >= maxAttempts;
    }
}

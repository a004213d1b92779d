package se.klossnet.exchange.hr;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {

    private final Backoff defaults = new Backoff(Duration.ofSeconds(30), Duration.ofHours(6), 40);

    @Test
    void theWaitDoublesFromTheInitialDelayUpToTheCap() {
        assertThat(defaults.after(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(defaults.after(2)).isEqualTo(Duration.ofMinutes(1));
        assertThat(defaults.after(3)).isEqualTo(Duration.ofMinutes(2));
        assertThat(defaults.after(10)).isEqualTo(Duration.ofSeconds(30L << 9));
        assertThat(defaults.after(11)).isEqualTo(Duration.ofHours(6));
        assertThat(defaults.after(1000)).isEqualTo(Duration.ofHours(6));
    }

    @Test
    void theDefaultsKeepTryingForMoreThanSevenDaysBeforeANoticeIsDead() {
        assertThat(defaults.retryWindow()).isGreaterThan(Duration.ofDays(7));
        assertThat(defaults.exhausted(39)).isFalse();
        assertThat(defaults.exhausted(40)).isTrue();
        assertThat(new Backoff(Duration.ofSeconds(30), Duration.ofHours(6), 20).retryWindow())
                .isLessThan(Duration.ofDays(7));
    }
}

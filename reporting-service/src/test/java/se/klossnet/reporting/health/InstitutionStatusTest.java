package se.klossnet.reporting.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class InstitutionStatusTest {

    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    private static final Duration TWO_DAYS = Duration.ofHours(48);

    @Test
    void anInstitutionIsStaleOnceItsLatestEventIsOlderThanTheThreshold() {
        assertThat(InstitutionStatus.of(NOW.minus(Duration.ofHours(47)), NOW, TWO_DAYS)).isEqualTo(InstitutionStatus.ACTIVE);
        assertThat(InstitutionStatus.of(NOW.minus(TWO_DAYS), NOW, TWO_DAYS)).isEqualTo(InstitutionStatus.ACTIVE);
        assertThat(InstitutionStatus.of(NOW.minus(Duration.ofHours(49)), NOW, TWO_DAYS)).isEqualTo(InstitutionStatus.STALE);
        assertThat(InstitutionStatus.of(NOW.minus(Duration.ofHours(3)), NOW, Duration.ofHours(2)))
                .isEqualTo(InstitutionStatus.STALE);
    }

    @Test
    void aMemberThatNeverSentAnEventIsSilentNotStale() {
        assertThat(InstitutionStatus.of(null, NOW, TWO_DAYS)).isEqualTo(InstitutionStatus.SILENT);
    }
}

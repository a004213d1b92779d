package se.klossnet.followup.logbook;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordCountTest {

    @Test
    void wordsAreRunsOfNonSpaceInAnyScript() {
        assertThat(WordCount.of("Möte med värdorganisationen i   Malmö")).isEqualTo(5);
        assertThat(WordCount.of("  one\ttwo\nthree\u00A0four ")).isEqualTo(4);
        assertThat(WordCount.of("")).isZero();
        assertThat(WordCount.of("   ")).isZero();
        assertThat(WordCount.of(null)).isZero();
    }
}

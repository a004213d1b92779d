package se.klossnet.gateway.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AuditPathsTest {

    @ParameterizedTest
    @CsvSource({
            "/call/programmes/3f2c9a51-1a7e-4a0e-9a8e-2f1c0d9e8b7a, /call/programmes/3f2c9a51-1a7e-4a0e-9a8e-2f1c0d9e8b7a",
            "/x/19811228-9874, /x/:redacted",
            "/x/811228-9874, /x/:redacted",
            "/x/8112289874, /x/:redacted",
            "/x/811228+9874/y, /x/:redacted/y",
            "/x/karin%40kth.se, /x/:redacted",
            "/x/karin@kth.se, /x/:redacted",
            "/call/calls/2027, /call/calls/2027",
            "'', /"
    })
    void redactsPersonalIdentifiersAndKeepsPseudonymousIds(String path, String expected) {
        assertThat(AuditPaths.redact(path)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"600", "2000"})
    void cutsLongPaths(int length) {
        assertThat(AuditPaths.redact("/" + "a".repeat(length))).hasSizeLessThanOrEqualTo(AuditPaths.MAX_LENGTH);
    }
}

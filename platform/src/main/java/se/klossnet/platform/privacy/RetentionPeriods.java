package se.klossnet.platform.privacy;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithParentName;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;

/**
 * How long each category of personal data is kept: {@code kloss.retention.<category>.period=P2Y}. A category
 * without a period is kept until someone configures one (never removed by default). The categories each service
 * enforces are listed in its README and in docs/privacy.md. The jobs run every {@code kloss.retention-job.every}
 * (default 6h).
 */
@ConfigMapping(prefix = "kloss.retention")
public interface RetentionPeriods {

    /** The rules by category, e.g. {@code logbooks}, {@code survey-free-text}, {@code audit-log}. */
    @WithParentName
    Map<String, Category> categories();

    interface Category {
        /** An ISO-8601 period, e.g. {@code P2Y}, counted from the record's reference date. */
        Period period();
    }

    /** The cut-off for {@code category} at {@code now}: records dated before it are past their period. */
    default Optional<Instant> cutOff(String category, Instant now) {
        Category rule = categories().get(category);
        if (rule == null) {
            return Optional.empty();
        }
        return Optional.of(now.atOffset(ZoneOffset.UTC).minus(rule.period()).toInstant());
    }
}

package se.klossnet.call.application;

import java.util.List;

/** The result of an eligibility check: every rule the application breaks, not only the first. */
public record EligibilityReport(boolean eligible, List<Violation> violations) {

    static EligibilityReport of(List<Violation> violations) {
        return new EligibilityReport(violations.isEmpty(), List.copyOf(violations));
    }
}

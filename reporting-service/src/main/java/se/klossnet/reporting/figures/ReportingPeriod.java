package se.klossnet.reporting.figures;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A year or a quarter, as the half-open date range [from, until).
 *
 * @param label {@code 2025} or {@code 2025-Q2}
 */
public record ReportingPeriod(LocalDate from, LocalDate until, String label) {

    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");

    public static ReportingPeriod year(int year) {
        return new ReportingPeriod(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1), Integer.toString(year));
    }

    /** @throws IllegalArgumentException unless the text is like {@code 2025-Q2} */
    public static ReportingPeriod quarter(String text) {
        Matcher m = QUARTER.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("a quarter is written like 2025-Q2");
        }
        LocalDate from = LocalDate.of(Integer.parseInt(m.group(1)), (Integer.parseInt(m.group(2)) - 1) * 3 + 1, 1);
        return new ReportingPeriod(from, from.plusMonths(3), text);
    }
}

package se.klossnet.call.common;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import se.klossnet.platform.problem.ValidationFailed;

/** Reading filter parameters so that a bad value is a 400 naming the parameter, not a bare 404 or 500. */
public final class QueryParameters {

    private QueryParameters() {
    }

    /**
     * A lower bound in time: a timestamp ({@code 2027-03-01T08:00:00Z}) or a date ({@code 2027-03-01}, its start in
     * UTC). Null when absent.
     */
    public static Instant from(String name, String value) {
        return instant(name, value, false);
    }

    /** An upper bound in time; a date means the end of that day (UTC). Null when absent. */
    public static Instant to(String name, String value) {
        return instant(name, value, true);
    }

    /** A case-insensitive LIKE pattern that matches {@code text} anywhere, with wildcards in it escaped. */
    public static String containing(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.length() > 200) {
            throw new ValidationFailed("q", "must be at most 200 characters");
        }
        String escaped = text.strip().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }

    /** An enum value by its name; null when absent. */
    public static <E extends Enum<E>> E oneOf(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            throw new ValidationFailed(name, "must be one of " + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }

    /** A UUID; null when absent. */
    public static java.util.UUID uuid(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return java.util.UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw new ValidationFailed(name, "must be a UUID");
        }
    }

    private static Instant instant(String name, String value, boolean endOfDay) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            if (value.length() == 10) {
                LocalDate date = LocalDate.parse(value);
                return (endOfDay ? date.plusDays(1) : date).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new ValidationFailed(name, "must be a date (YYYY-MM-DD) or a timestamp (ISO-8601, e.g. 2027-03-01T08:00:00Z)");
        }
    }
}

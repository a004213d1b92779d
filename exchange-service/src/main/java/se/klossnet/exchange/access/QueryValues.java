package se.klossnet.exchange.access;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import se.klossnet.platform.problem.ValidationFailed;

/**
 * Reads query parameters that JAX-RS would otherwise convert itself. A value it cannot convert would be a 404
 * there; a filter with a typo is a client error that deserves a 400 naming the parameter.
 */
public final class QueryValues {

    private QueryValues() {
    }

    public static <E extends Enum<E>> E enumOf(Class<E> type, String value, String parameter) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ValidationFailed(parameter, "must be one of " + Arrays.toString(type.getEnumConstants()));
        }
    }

    public static LocalDate date(String value, String parameter) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new ValidationFailed(parameter, "must be a date (YYYY-MM-DD)");
        }
    }

    public static LocalDate requiredDate(String value, String parameter) {
        LocalDate date = date(value, parameter);
        if (date == null) {
            throw new ValidationFailed(parameter, "is required (YYYY-MM-DD)");
        }
        return date;
    }

    public static UUID uuid(String value, String parameter) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw new ValidationFailed(parameter, "must be a UUID");
        }
    }
}

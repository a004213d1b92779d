package se.klossnet.reporting.export;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A column of a {@link Table}.
 *
 * @param key   the machine name, used as the JSON field and the CSV header
 * @param sv    the Swedish label
 * @param en    the English label
 * @param basis for a {@link ColumnKind#MEASURE}: the key of the count column it rests on
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Column(String key, String sv, String en, ColumnKind kind, String basis) {

    public static Column dimension(String key, String sv, String en) {
        return new Column(key, sv, en, ColumnKind.DIMENSION, null);
    }

    public static Column label(String key, String sv, String en) {
        return new Column(key, sv, en, ColumnKind.LABEL, null);
    }

    public static Column count(String key, String sv, String en) {
        return new Column(key, sv, en, ColumnKind.COUNT, null);
    }

    public static Column measure(String key, String sv, String en, String basis) {
        return new Column(key, sv, en, ColumnKind.MEASURE, basis);
    }

    public static Column info(String key, String sv, String en) {
        return new Column(key, sv, en, ColumnKind.INFO, null);
    }
}

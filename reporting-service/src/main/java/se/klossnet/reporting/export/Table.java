package se.klossnet.reporting.export;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * A table of the national API, in JSON or, with {@code Accept: text/csv} or {@code ?format=csv}, as CSV with the
 * same columns and rows.
 *
 * @param name              the table's name; the CSV file is {@code <name>.csv}
 * @param projectionVersion the projection version the figures come from
 * @param rows              one map per row, column key to value, in column order; a row's {@code suppressed}
 *                          entry lists the keys of the cells withheld by small-cell suppression
 * @param suppression       whether cells below the threshold were withheld in this response, and the threshold
 * @param paging            for a paged table (the drill-down): the page; null for aggregates, which are bounded
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Table(String name, Integer projectionVersion, List<Column> columns, List<Map<String, Object>> rows,
                    Suppression suppression, Paging paging) {

    /** The row entry that lists a row's suppressed cells. */
    public static final String SUPPRESSED = "suppressed";

    public record Suppression(boolean applied, int threshold) {
    }

    public record Paging(int page, int size, long total) {
    }

    public Table withRows(List<Map<String, Object>> newRows, Suppression newSuppression) {
        return new Table(name, projectionVersion, columns, newRows, newSuppression, paging);
    }
}

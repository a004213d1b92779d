package se.klossnet.reporting.figures;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.klossnet.reporting.export.Column;
import se.klossnet.reporting.export.ColumnKind;
import se.klossnet.reporting.export.Table;

/**
 * The disclosure rule of the national figures: so that no person can be singled out, a count from 1 up to below the
 * threshold is withheld, and so is every measure (sum, rate, average) that rests on such a count. Zero is shown: it
 * reveals no one. Withheld cells are null and listed in the row's {@code suppressed} entry.
 */
public final class SmallCellSuppression {

    private SmallCellSuppression() {
    }

    public static Table apply(Table table, int threshold) {
        List<Map<String, Object>> rows = new ArrayList<>(table.rows().size());
        for (Map<String, Object> original : table.rows()) {
            Map<String, Object> row = new LinkedHashMap<>(original);
            List<String> withheld = new ArrayList<>();
            for (Column column : table.columns()) {
                if (column.kind() == ColumnKind.COUNT && isSmall(original.get(column.key()), threshold)
                        || column.kind() == ColumnKind.MEASURE && column.basis() != null
                        && isSmall(original.get(column.basis()), threshold)) {
                    withheld.add(column.key());
                    row.put(column.key(), null);
                }
            }
            if (!withheld.isEmpty()) {
                row.put(Table.SUPPRESSED, List.copyOf(withheld));
            }
            rows.add(row);
        }
        return table.withRows(rows, new Table.Suppression(true, threshold));
    }

    /** Unchanged figures, marked as not suppressed: what an analyst sees. */
    public static Table none(Table table, int threshold) {
        return table.withRows(table.rows(), new Table.Suppression(false, threshold));
    }

    static boolean isSmall(Object value, int threshold) {
        if (!(value instanceof Number number)) {
            return false;
        }
        long count = number.longValue();
        return count > 0 && count < threshold;
    }
}

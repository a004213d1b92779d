package se.klossnet.reporting.projection;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Builds the upserts the projector writes with: insert the fact row with the columns this event owns, or, when the
 * row is there already (another event of the aggregate came first), set only those columns. That is what makes the
 * projection independent of the order in which events of different types arrive.
 */
final class Upsert {

    private Upsert() {
    }

    /**
     * @param keys    the primary key columns, {@code pv} first
     * @param owned   the columns the event sets; an entry {@code "col=expr"} gives the update expression for col
     *                (EXCLUDED is the new row), e.g. {@code "extended_end=GREATEST(t.extended_end, EXCLUDED.extended_end)"}
     */
    static String into(String table, List<String> keys, List<String> owned) {
        List<String> columns = owned.stream().map(c -> c.contains("=") ? c.substring(0, c.indexOf('=')) : c).toList();
        String insertColumns = String.join(", ", keys) + ", " + String.join(", ", columns);
        String placeholders = String.join(", ", java.util.Collections.nCopies(keys.size() + columns.size(), "?"));
        String updates = owned.stream().map(c -> c.contains("=")
                        ? c.substring(0, c.indexOf('=')) + " = " + c.substring(c.indexOf('=') + 1)
                        : c + " = EXCLUDED." + c)
                .collect(Collectors.joining(", "));
        return "INSERT INTO " + table + " AS t (" + insertColumns + ") VALUES (" + placeholders + ") ON CONFLICT ("
                + String.join(", ", keys) + ") DO UPDATE SET " + updates;
    }
}

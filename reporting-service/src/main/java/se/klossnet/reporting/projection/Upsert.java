package se.klossnet.reporting.projection;

import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A write of the projector: its SQL and how many of its leading parameters are the conflict key of the row it
 * writes ({@code pv} first). Batches need the key: one multi-row upsert may touch each row only once, so rows with
 * a key already in the batch go to a later round (see {@link se.klossnet.reporting.sql.Jdbc.Batch}).
 *
 * @param sql      the statement, with {@code ?} parameters, the key's first
 * @param keyWidth how many leading parameters form the conflict key; 0 for a write that cannot conflict within a
 *                 batch (ON CONFLICT DO NOTHING)
 */
record Upsert(String sql, int keyWidth) {

    /**
     * The upsert of a fact row with the columns one event type owns: insert the row, or, when it is there already
     * (another event of the aggregate came first), set only those columns. That is what makes the projection
     * independent of the order in which events of different types arrive.
     *
     * @param keys  the primary key columns, {@code pv} first
     * @param owned the columns the event sets; an entry {@code "col=expr"} gives the update expression for col
     *              (EXCLUDED is the new row), e.g. {@code "extended_end=GREATEST(t.extended_end, EXCLUDED.extended_end)"}
     */
    static Upsert into(String table, List<String> keys, List<String> owned) {
        List<String> columns = owned.stream().map(c -> c.contains("=") ? c.substring(0, c.indexOf('=')) : c).toList();
        String insertColumns = String.join(", ", keys) + ", " + String.join(", ", columns);
        String placeholders = String.join(", ", Collections.nCopies(keys.size() + columns.size(), "?"));
        String updates = owned.stream().map(c -> c.contains("=")
                        ? c.substring(0, c.indexOf('=')) + " = " + c.substring(c.indexOf('=') + 1)
                        : c + " = EXCLUDED." + c)
                .collect(Collectors.joining(", "));
        return new Upsert("INSERT INTO " + table + " AS t (" + insertColumns + ") VALUES (" + placeholders
                + ") ON CONFLICT (" + String.join(", ", keys) + ") DO UPDATE SET " + updates, keys.size());
    }
}

package se.klossnet.reporting.sql;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Plain SQL against the service's datasource. The projections are written with upserts and read with aggregates
 * whose shape depends on the request, which an ORM would only get in the way of. Inside a transaction every call
 * uses the transaction's connection (Agroal enlists it), so effects commit together with the inbox row.
 */
@ApplicationScoped
public class Jdbc {

    /** Maps the current row of a result set. */
    @FunctionalInterface
    public interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    private final AgroalDataSource dataSource;

    public Jdbc(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    public <T> List<T> query(String sql, List<?> parameters, RowMapper<T> mapper) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(connection, statement, parameters);
            try (ResultSet rows = statement.executeQuery()) {
                List<T> result = new ArrayList<>();
                while (rows.next()) {
                    result.add(mapper.map(rows));
                }
                return result;
            }
        } catch (SQLException e) {
            throw new SqlFailure(sql, e);
        }
    }

    public <T> T single(String sql, List<?> parameters, RowMapper<T> mapper) {
        List<T> rows = query(sql, parameters, mapper);
        return rows.isEmpty() ? null : rows.get(0);
    }

    /** Runs an insert, update or delete; returns the number of rows it changed. */
    public int update(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(connection, statement, Arrays.asList(parameters));
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new SqlFailure(sql, e);
        }
    }

    private static void bind(Connection connection, PreparedStatement statement, List<?> parameters) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            Object value = parameters.get(i);
            int index = i + 1;
            if (value == null) {
                statement.setObject(index, null);
            } else if (value instanceof Collection<?> values) {
                Array array = connection.createArrayOf("text", values.stream().map(Object::toString).toArray());
                statement.setArray(index, array);
            } else if (value instanceof Instant instant) {
                statement.setObject(index, OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
            } else if (value instanceof Enum<?> constant) {
                statement.setString(index, constant.name());
            } else {
                statement.setObject(index, value);
            }
        }
    }

    /** Reads a timestamptz column as an Instant, or null. */
    public static Instant instant(ResultSet row, String column) throws SQLException {
        Timestamp value = row.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    /** Reads a bigint/int column, or null. */
    public static Long longOrNull(ResultSet row, String column) throws SQLException {
        long value = row.getLong(column);
        return row.wasNull() ? null : value;
    }

    /** A batch of writes in the current transaction; see {@link Batch}. */
    public Batch batch() {
        return new Batch();
    }

    /**
     * Writes collected by statement and sent with {@link PreparedStatement#executeBatch()}, one round trip per
     * statement shape; with the datasource's {@code reWriteBatchedInserts} the driver sends the rows of one shape as
     * multi-row {@code INSERT}s. Statements of one shape run in the order they were added; different shapes run
     * grouped, so use it only for writes whose result does not depend on the order between shapes (the projection
     * upserts).
     *
     * <p>One multi-row {@code INSERT ... ON CONFLICT DO UPDATE} cannot touch the same row twice (PostgreSQL refuses
     * it: "command cannot affect row a second time"). So a row whose conflict key (its first {@code keyWidth}
     * parameters) is already in the batch for that statement goes to a later round, sent after the whole earlier
     * round: two extensions of one exchange in one batch become two rounds, applied in their order, none lost.
     */
    public final class Batch {

        /** Round → statement → rows; most batches have one round. */
        private final List<Map<String, List<Object[]>>> rounds = new ArrayList<>();
        /** Statement → conflict key → the last round that holds it. */
        private final Map<String, Map<List<Object>, Integer>> keyRounds = new HashMap<>();

        private Batch() {
        }

        /** Adds a write that can never conflict with another row of the batch (e.g. ON CONFLICT DO NOTHING). */
        public void add(String sql, Object... parameters) {
            add(sql, 0, parameters);
        }

        /**
         * Adds a write whose conflict key is its first {@code keyWidth} parameters (0: no key to keep apart).
         */
        public void add(String sql, int keyWidth, Object... parameters) {
            int round = 0;
            if (keyWidth > 0) {
                List<Object> key = Arrays.asList(Arrays.copyOf(parameters, keyWidth));
                Map<List<Object>, Integer> keys = keyRounds.computeIfAbsent(sql, s -> new HashMap<>());
                Integer last = keys.get(key);
                round = last == null ? 0 : last + 1;
                keys.put(key, round);
            }
            while (rounds.size() <= round) {
                rounds.add(new LinkedHashMap<>());
            }
            rounds.get(round).computeIfAbsent(sql, s -> new ArrayList<>()).add(parameters);
        }

        /** How many rounds {@link #execute()} will send (for tests). */
        public int rounds() {
            return rounds.size();
        }

        public void execute() {
            if (rounds.isEmpty()) {
                return;
            }
            try (Connection connection = dataSource.getConnection()) {
                for (Map<String, List<Object[]>> round : rounds) {
                    for (Map.Entry<String, List<Object[]>> shape : round.entrySet()) {
                        execute(connection, shape.getKey(), shape.getValue());
                    }
                }
            } catch (SQLException e) {
                throw new SqlFailure(String.join("; ", rounds.get(0).keySet()), e);
            } finally {
                rounds.clear();
                keyRounds.clear();
            }
        }

        private void execute(Connection connection, String sql, List<Object[]> rows) throws SQLException {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (Object[] parameters : rows) {
                    bind(connection, statement, Arrays.asList(parameters));
                    statement.addBatch();
                }
                try {
                    statement.executeBatch();
                } catch (SQLException e) {
                    // a batch failure carries the statement's error as its next exception
                    throw new SqlFailure(sql, e.getNextException() != null ? e.getNextException() : e);
                }
            }
        }
    }
}

package se.klossnet.reporting.figures;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.klossnet.reporting.export.Column;
import se.klossnet.reporting.export.ColumnKind;
import se.klossnet.reporting.export.Table;
import se.klossnet.reporting.register.InstitutionRegister;
import se.klossnet.reporting.sql.Jdbc;

/**
 * Computes a table of key figures for a filter and a group-by: one aggregate query per fact source involved, merged
 * on the group values. A source that lacks a dimension the request filters or groups on cannot answer: its figures
 * are null (not applicable) rather than counted wrongly. E.g. calls have no host sector.
 */
@ApplicationScoped
class FigureEngine {

    private static final Map<KeyFigure, List<KeyFigure>> DERIVED = Map.of(
            KeyFigure.ENDORSEMENT_RATE, List.of(KeyFigure.ENDORSED, KeyFigure.APPLICATIONS),
            KeyFigure.GRANT_RATE, List.of(KeyFigure.GRANTED, KeyFigure.APPLICATIONS));

    private final Jdbc jdbc;
    private final InstitutionRegister register;
    private final String timeZone;

    FigureEngine(Jdbc jdbc, InstitutionRegister register, FiguresConfig config) {
        this.jdbc = jdbc;
        this.register = register;
        this.timeZone = config.timeZone().getId();
    }

    Table table(String name, int pv, FigureFilter filter, List<Dimension> groupBy, List<KeyFigure> requested) {
        List<KeyFigure> shown = withBases(requested);
        Set<KeyFigure> computed = new LinkedHashSet<>(shown);
        shown.stream().filter(DERIVED::containsKey).forEach(f -> computed.addAll(DERIVED.get(f)));

        Set<Dimension> needed = EnumSet.noneOf(Dimension.class);
        needed.addAll(filter.restricted());
        needed.addAll(groupBy);
        Map<FactSource, List<KeyFigure>> bySource = new EnumMap<>(FactSource.class);
        computed.stream().filter(f -> f.source() != null)
                .forEach(f -> bySource.computeIfAbsent(f.source(), s -> new ArrayList<>()).add(f));

        Map<List<Object>, Map<String, Object>> rows = new HashMap<>();
        Set<KeyFigure> answerable = EnumSet.noneOf(KeyFigure.class);
        bySource.forEach((source, figures) -> {
            if (!needed.stream().allMatch(source::supports)) {
                return;
            }
            answerable.addAll(figures);
            for (Aggregate result : aggregate(source, pv, filter, groupBy, figures)) {
                rows.computeIfAbsent(result.key(), k -> new HashMap<>()).putAll(result.values());
            }
        });
        if (groupBy.isEmpty() && rows.isEmpty()) {
            rows.put(List.of(), new HashMap<>()); // the grand total exists even when nothing answers
        }

        List<Column> columns = columns(groupBy, shown);
        List<Map<String, Object>> out = new ArrayList<>();
        rows.entrySet().stream().sorted(Map.Entry.comparingByKey(FigureEngine::compareKeys)).forEach(entry -> {
            Map<String, Object> values = entry.getValue();
            for (KeyFigure figure : computed) {
                if (figure.source() != null && !values.containsKey(figure.key())) {
                    values.put(figure.key(), answerable.contains(figure) && figure.zeroWhenNoRows() ? zero(figure) : null);
                }
            }
            DERIVED.forEach((figure, parts) -> values.put(figure.key(),
                    ratio((Long) values.get(parts.get(0).key()), (Long) values.get(parts.get(1).key()))));
            Map<String, Object> row = new LinkedHashMap<>();
            for (int i = 0; i < groupBy.size(); i++) {
                row.put(groupBy.get(i).key(), entry.getKey().get(i));
            }
            addLabels(row, groupBy, pv);
            for (KeyFigure figure : shown) {
                row.put(figure.key(), values.get(figure.key()));
            }
            out.add(row);
        });
        return new Table(name, pv, columns, out, null, null);
    }

    /** The requested figures, followed by any count a requested measure rests on (suppression needs it). */
    private static List<KeyFigure> withBases(List<KeyFigure> requested) {
        Set<KeyFigure> shown = new LinkedHashSet<>(requested);
        for (KeyFigure figure : requested) {
            String basis = figure.column().basis();
            if (basis != null) {
                shown.add(KeyFigure.byKey(basis).orElseThrow());
            }
        }
        return List.copyOf(shown);
    }

    private static List<Column> columns(List<Dimension> groupBy, List<KeyFigure> shown) {
        List<Column> columns = new ArrayList<>();
        for (Dimension dimension : groupBy) {
            columns.add(Column.dimension(dimension.key(), dimension.sv(), dimension.en()));
            switch (dimension) {
                case INSTITUTION -> columns.add(Column.label("institutionName", "Lärosätets namn", "Institution name"));
                case REGION -> columns.add(Column.label("regionName", "Länets namn", "Region name"));
                case HOST_REGION -> columns.add(Column.label("hostRegionName", "Mottagarregionens namn", "Host region name"));
                case PROGRAMME -> columns.add(Column.label("programmeName", "Programmets namn", "Programme name"));
                default -> {
                }
            }
        }
        shown.forEach(f -> columns.add(f.column()));
        return columns;
    }

    private void addLabels(Map<String, Object> row, List<Dimension> groupBy, int pv) {
        for (Dimension dimension : groupBy) {
            Object value = row.get(dimension.key());
            switch (dimension) {
                case INSTITUTION -> row.put("institutionName",
                        register.find((String) value).map(i -> i.nameSv()).orElse(null));
                case REGION -> row.put("regionName", register.region((String) value).map(r -> r.nameSv()).orElse(null));
                case HOST_REGION -> row.put("hostRegionName",
                        register.region((String) value).map(r -> r.nameSv()).orElse(null));
                case PROGRAMME -> row.put("programmeName", value == null ? null : jdbc.single(
                        "SELECT name FROM rp_programme WHERE pv = ? AND programme_id = ? LIMIT 1", List.of(pv, value),
                        r -> r.getString(1)));
                default -> {
                }
            }
        }
    }

    private record Aggregate(List<Object> key, Map<String, Object> values) {
    }

    private List<Aggregate> aggregate(FactSource source, int pv, FigureFilter filter, List<Dimension> groupBy,
                                      List<KeyFigure> figures) {
        List<String> selects = new ArrayList<>();
        for (int i = 0; i < groupBy.size(); i++) {
            selects.add(source.dimension(groupBy.get(i)).orElseThrow() + " AS d" + i);
        }
        for (int i = 0; i < figures.size(); i++) {
            selects.add(tz(figures.get(i).aggregate()) + " AS f" + i);
        }
        StringBuilder sql = new StringBuilder("SELECT ").append(String.join(", ", selects))
                .append(" FROM ").append(source.from());
        if (groupBy.contains(Dimension.THEME)) {
            sql.append(" LEFT JOIN LATERAL unnest(p.themes) AS th(theme) ON true");
        }
        List<Object> parameters = new ArrayList<>();
        sql.append(" WHERE ").append(source.alias()).append(".pv = ?");
        parameters.add(pv);
        FilterSql.append(sql, parameters, source, filter, groupBy.contains(Dimension.THEME), timeZone);
        if (!groupBy.isEmpty()) {
            sql.append(" GROUP BY ");
            for (int i = 0; i < groupBy.size(); i++) {
                sql.append(i == 0 ? "" : ", ").append(i + 1);
            }
        }
        return jdbc.query(tz(sql.toString()), parameters, row -> {
            List<Object> key = new ArrayList<>(groupBy.size());
            for (int i = 0; i < groupBy.size(); i++) {
                key.add(groupBy.get(i) == Dimension.YEAR ? (Object) intOrNull(row, "d" + i) : row.getString("d" + i));
            }
            Map<String, Object> values = new HashMap<>();
            for (int i = 0; i < figures.size(); i++) {
                values.put(figures.get(i).key(), value(row, "f" + i, figures.get(i)));
            }
            return new Aggregate(key, values);
        });
    }

    private String tz(String sql) {
        return sql.replace("{tz}", timeZone);
    }

    private static Object value(ResultSet row, String column, KeyFigure figure) throws SQLException {
        if (figure.column().kind() == ColumnKind.COUNT) {
            return row.getLong(column);
        }
        return row.getBigDecimal(column);
    }

    private static Integer intOrNull(ResultSet row, String column) throws SQLException {
        int value = row.getInt(column);
        return row.wasNull() ? null : value;
    }

    private static Object zero(KeyFigure figure) {
        return figure.column().kind() == ColumnKind.COUNT ? (Object) 0L : BigDecimal.ZERO;
    }

    private static BigDecimal ratio(Long part, Long whole) {
        if (part == null || whole == null || whole == 0) {
            return null;
        }
        return BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compareKeys(List<Object> a, List<Object> b) {
        Comparator<Object> nullsLast = Comparator.nullsLast((x, y) -> ((Comparable) x).compareTo(y));
        for (int i = 0; i < a.size(); i++) {
            int c = nullsLast.compare(a.get(i), b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }
}

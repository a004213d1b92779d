package se.klossnet.reporting.figures;

import java.util.List;

/** The WHERE conditions of a filter for one fact source; values always go in as parameters. */
final class FilterSql {

    private FilterSql() {
    }

    static void append(StringBuilder sql, List<Object> parameters, FactSource source, FigureFilter filter,
                       boolean groupedByTheme, String timeZone) {
        if (filter.period() != null) {
            String date = source.date().replace("{tz}", timeZone);
            sql.append(" AND ").append(date).append(" >= ? AND ").append(date).append(" < ?");
            parameters.add(filter.period().from());
            parameters.add(filter.period().until());
        }
        anyOf(sql, parameters, source, Dimension.INSTITUTION, filter.institutions());
        anyOf(sql, parameters, source, Dimension.REGION, filter.regions());
        anyOf(sql, parameters, source, Dimension.DIRECTION, filter.directions());
        anyOf(sql, parameters, source, Dimension.HOST_SECTOR, filter.hostSectors());
        anyOf(sql, parameters, source, Dimension.PROGRAMME, filter.programmes());
        anyOf(sql, parameters, source, Dimension.FUNDING_SOURCE, filter.fundingSources());
        if (!filter.themes().isEmpty()) {
            sql.append(" AND p.themes && ?");
            parameters.add(filter.themes());
            if (groupedByTheme) {
                sql.append(" AND th.theme = ANY(?)");
                parameters.add(filter.themes());
            }
        }
    }

    private static void anyOf(StringBuilder sql, List<Object> parameters, FactSource source, Dimension dimension,
                              List<String> values) {
        if (!values.isEmpty()) {
            sql.append(" AND (").append(source.dimension(dimension).orElseThrow()).append(") = ANY(?)");
            parameters.add(values);
        }
    }
}

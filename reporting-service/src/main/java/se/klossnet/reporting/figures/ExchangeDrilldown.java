package se.klossnet.reporting.figures;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.klossnet.platform.problem.ProblemException;
import se.klossnet.reporting.export.Column;
import se.klossnet.reporting.export.Table;
import se.klossnet.reporting.projection.ProjectionVersions;
import se.klossnet.reporting.sql.Jdbc;

/**
 * The exchanges behind the figures, one row each, for an analyst to drill down into. Rows carry pseudonymous
 * exchange ids and facts only; no person is named anywhere in the hub.
 */
@ApplicationScoped
public class ExchangeDrilldown {

    static final List<Column> COLUMNS = List.of(
            Column.dimension("institution", "Lärosäte", "Institution"),
            Column.dimension("exchangeId", "Utbyte", "Exchange"),
            Column.dimension("programmeName", "Program", "Programme"),
            Column.dimension("fundingSource", "Finansiering", "Funding source"),
            Column.dimension("direction", "Riktning", "Direction"),
            Column.dimension("hostSector", "Mottagarsektor", "Host sector"),
            Column.dimension("hostCountry", "Land", "Country"),
            Column.dimension("hostRegion", "Mottagarens region", "Host region"),
            Column.info("plannedStart", "Planerad start", "Planned start"),
            Column.info("plannedEnd", "Planerat slut", "Planned end"),
            Column.info("startedOn", "Startade", "Started"),
            Column.info("completedOn", "Avslutades", "Completed"),
            Column.info("cancelledOn", "Avbröts", "Cancelled"),
            Column.dimension("status", "Status", "Status"),
            Column.info("personMonths", "Personmånader", "Person-months"),
            Column.info("outcomes", "Resultat", "Outcomes"));

    private static final String SELECT = """
            SELECT e.institution, e.exchange_id, p.name AS programme_name, p.funding_source,
                   COALESCE(e.direction, p.direction) AS direction, e.host_sector, e.host_country, e.host_region,
                   e.planned_start, COALESCE(e.extended_end, e.planned_end) AS planned_end, e.started_on,
                   e.completed_on, e.cancelled_on,
                   CASE WHEN e.cancelled_on IS NOT NULL THEN 'CANCELLED' WHEN e.completed_on IS NOT NULL THEN 'COMPLETED'
                        WHEN e.started_on IS NOT NULL THEN 'STARTED' WHEN e.planned_at IS NOT NULL THEN 'PLANNED'
                        ELSE 'REPORTED' END AS status,
                   e.person_months,
                   (SELECT count(*) FROM rp_outcome o WHERE o.pv = e.pv AND o.institution = e.institution
                                                        AND o.exchange_id = e.exchange_id) AS outcomes
            """;

    private final Jdbc jdbc;
    private final ProjectionVersions versions;
    private final FiguresConfig config;

    ExchangeDrilldown(Jdbc jdbc, ProjectionVersions versions, FiguresConfig config) {
        this.jdbc = jdbc;
        this.versions = versions;
        this.config = config;
    }

    /** One page, newest first. */
    public Table page(FigureFilter filter, int page, int size) {
        int pv = versions.live();
        Where where = where(pv, filter);
        long total = jdbc.single("SELECT count(*) FROM " + FactSource.EXCHANGES.from() + where.sql(), where.parameters(),
                row -> row.getLong(1));
        List<Map<String, Object>> rows = rows(where, size, (long) page * size);
        return new Table("exchanges", pv, COLUMNS, rows, null, new Table.Paging(page, size, total));
    }

    /** Every matching row, for the CSV export; refused when there are more than the export limit. */
    public Table all(FigureFilter filter) {
        int pv = versions.live();
        Where where = where(pv, filter);
        long total = jdbc.single("SELECT count(*) FROM " + FactSource.EXCHANGES.from() + where.sql(), where.parameters(),
                row -> row.getLong(1));
        if (total > config.exportMaxRows()) {
            throw new ProblemException(422, "export-too-large", "Export too large", total + " exchanges match; "
                    + "one export holds at most " + config.exportMaxRows() + ". Narrow the filter.");
        }
        return new Table("exchanges", pv, COLUMNS, rows(where, config.exportMaxRows(), 0), null, null);
    }

    private record Where(String sql, List<Object> parameters) {
    }

    private Where where(int pv, FigureFilter filter) {
        StringBuilder sql = new StringBuilder(" WHERE e.pv = ?");
        List<Object> parameters = new ArrayList<>(List.of(pv));
        FilterSql.append(sql, parameters, FactSource.EXCHANGES, filter, false, config.timeZone().getId());
        return new Where(sql.toString(), parameters);
    }

    private List<Map<String, Object>> rows(Where where, int limit, long offset) {
        List<Object> parameters = new ArrayList<>(where.parameters());
        parameters.add(limit);
        parameters.add(offset);
        String date = FactSource.EXCHANGES.date();
        return jdbc.query(SELECT + " FROM " + FactSource.EXCHANGES.from() + where.sql() + " ORDER BY " + date
                + " DESC NULLS LAST, e.institution, e.exchange_id LIMIT ? OFFSET ?", parameters, ExchangeDrilldown::row);
    }

    private static Map<String, Object> row(ResultSet r) throws SQLException {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("institution", r.getString("institution"));
        row.put("exchangeId", r.getString("exchange_id"));
        row.put("programmeName", r.getString("programme_name"));
        row.put("fundingSource", r.getString("funding_source"));
        row.put("direction", r.getString("direction"));
        row.put("hostSector", r.getString("host_sector"));
        row.put("hostCountry", r.getString("host_country"));
        row.put("hostRegion", r.getString("host_region"));
        row.put("plannedStart", r.getObject("planned_start", java.time.LocalDate.class));
        row.put("plannedEnd", r.getObject("planned_end", java.time.LocalDate.class));
        row.put("startedOn", r.getObject("started_on", java.time.LocalDate.class));
        row.put("completedOn", r.getObject("completed_on", java.time.LocalDate.class));
        row.put("cancelledOn", r.getObject("cancelled_on", java.time.LocalDate.class));
        row.put("status", r.getString("status"));
        row.put("personMonths", r.getBigDecimal("person_months"));
        row.put("outcomes", r.getLong("outcomes"));
        return row;
    }
}

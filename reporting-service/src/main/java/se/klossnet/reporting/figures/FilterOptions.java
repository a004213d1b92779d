package se.klossnet.reporting.figures;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import se.klossnet.reporting.projection.ProjectionVersions;
import se.klossnet.reporting.sql.Jdbc;

/** Finds the years, programmes, themes and institutions present in the live projection. */
@ApplicationScoped
public class FilterOptions {

    private final Jdbc jdbc;
    private final ProjectionVersions versions;
    private final FiguresConfig config;

    FilterOptions(Jdbc jdbc, ProjectionVersions versions, FiguresConfig config) {
        this.jdbc = jdbc;
        this.versions = versions;
        this.config = config;
    }

    public DimensionValues current() {
        int pv = versions.live();
        String years = "SELECT DISTINCT y FROM ("
                + yearsOf(FactSource.EXCHANGES) + " UNION " + yearsOf(FactSource.APPLICATIONS) + " UNION "
                + yearsOf(FactSource.CALLS) + ") years WHERE y IS NOT NULL ORDER BY y DESC";
        return new DimensionValues(
                jdbc.query(years.replace("{tz}", config.timeZone().getId()), List.of(pv, pv, pv), row -> row.getInt(1)),
                jdbc.query("SELECT programme_id, institution, name, direction, funding_source FROM rp_programme"
                                + " WHERE pv = ? AND name IS NOT NULL ORDER BY name, institution LIMIT 1000", List.of(pv),
                        row -> new DimensionValues.Programme(row.getString(1), row.getString(2), row.getString(3),
                                row.getString(4), row.getString(5))),
                jdbc.query("SELECT DISTINCT unnest(themes) AS theme FROM rp_programme WHERE pv = ? ORDER BY 1 LIMIT 1000",
                        List.of(pv), row -> row.getString(1)),
                jdbc.query("SELECT DISTINCT institution FROM rp_event WHERE pv = ? ORDER BY 1", List.of(pv),
                        row -> row.getString(1)));
    }

    private static String yearsOf(FactSource source) {
        return "SELECT extract(year FROM " + source.date() + ")::int AS y FROM " + source.from() + " WHERE "
                + source.alias() + ".pv = ?";
    }
}

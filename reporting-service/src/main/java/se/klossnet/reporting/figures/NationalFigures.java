package se.klossnet.reporting.figures;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import se.klossnet.reporting.export.Table;
import se.klossnet.reporting.projection.ProjectionVersions;

/**
 * Answering the national questions: the key figures, time series, outcomes, survey scores and host organisations,
 * for a filter and a group-by, always from the live projection version (a rebuild does not disturb them).
 * The tables are unsuppressed; the resources apply {@link SmallCellSuppression} for whoever is not an analyst.
 */
@ApplicationScoped
public class NationalFigures {

    /** What the key figures can be grouped by. */
    public static final List<Dimension> GROUPINGS = List.of(Dimension.INSTITUTION, Dimension.REGION, Dimension.YEAR,
            Dimension.QUARTER, Dimension.DIRECTION, Dimension.HOST_SECTOR, Dimension.HOST_REGION, Dimension.PROGRAMME,
            Dimension.FUNDING_SOURCE, Dimension.THEME);
    /** What the public summary can be grouped by. */
    public static final List<Dimension> PUBLIC_GROUPINGS = List.of(Dimension.INSTITUTION, Dimension.REGION,
            Dimension.YEAR, Dimension.DIRECTION, Dimension.HOST_SECTOR, Dimension.FUNDING_SOURCE);

    static final List<KeyFigure> KEY_FIGURES = List.of(KeyFigure.values());
    static final List<KeyFigure> PUBLIC_FIGURES = List.of(KeyFigure.APPLICATIONS, KeyFigure.GRANTED,
            KeyFigure.EXCHANGES_PLANNED, KeyFigure.EXCHANGES_STARTED, KeyFigure.EXCHANGES_COMPLETED,
            KeyFigure.PERSON_MONTHS, KeyFigure.OUTCOMES);

    private final FigureEngine engine;
    private final ProjectionVersions versions;

    NationalFigures(FigureEngine engine, ProjectionVersions versions) {
        this.engine = engine;
        this.versions = versions;
    }

    public Table keyFigures(FigureFilter filter, List<Dimension> groupBy) {
        return engine.table("key-figures", versions.live(), filter, groupBy, KEY_FIGURES);
    }

    /** One figure over time ({@code interval} is YEAR or QUARTER), optionally split by further dimensions. */
    public Table timeSeries(FigureFilter filter, KeyFigure figure, Dimension interval, List<Dimension> groupBy) {
        return engine.table("timeseries-" + figure.key(), versions.live(), filter, prepend(List.of(interval), groupBy),
                List.of(figure));
    }

    public Table outcomes(FigureFilter filter, List<Dimension> groupBy) {
        return engine.table("outcomes", versions.live(), filter,
                prepend(List.of(Dimension.OUTCOME_TYPE, Dimension.OUTCOME_SIDE), groupBy),
                List.of(KeyFigure.OUTCOMES, KeyFigure.OUTCOMES_WITH_EVIDENCE));
    }

    public Table surveys(FigureFilter filter, List<Dimension> groupBy) {
        return engine.table("survey-scores", versions.live(), filter,
                prepend(List.of(Dimension.RESPONDENT_ROLE, Dimension.QUESTION), groupBy),
                List.of(KeyFigure.SURVEY_RESPONSES, KeyFigure.AVG_SURVEY_SCORE));
    }

    public Table hosts(FigureFilter filter, List<Dimension> groupBy) {
        return engine.table("host-organisations", versions.live(), filter,
                prepend(List.of(Dimension.HOST_SECTOR, Dimension.HOST_REGION), groupBy),
                List.of(KeyFigure.EXCHANGES_PLANNED, KeyFigure.HOST_ORGANISATIONS));
    }

    public Table publicSummary(FigureFilter filter, List<Dimension> groupBy) {
        return engine.table("public-summary", versions.live(), filter, groupBy, PUBLIC_FIGURES);
    }

    private static List<Dimension> prepend(List<Dimension> first, List<Dimension> rest) {
        List<Dimension> all = new ArrayList<>(first);
        rest.stream().filter(d -> !all.contains(d)).forEach(all::add);
        return all;
    }
}

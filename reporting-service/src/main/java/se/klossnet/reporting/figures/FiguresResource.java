package se.klossnet.reporting.figures;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import se.klossnet.platform.api.PageRequest;
import se.klossnet.platform.problem.ValidationFailed;
import se.klossnet.platform.scope.Roles;
import se.klossnet.reporting.export.Table;
import se.klossnet.reporting.export.TableCsvWriter;

/**
 * The national API. Every table answers in JSON or, with {@code Accept: text/csv} or {@code ?format=csv}, as CSV.
 * Analysts see exact figures; any other signed-in caller gets the same tables with small cells suppressed.
 */
@Path("/national")
@Produces({MediaType.APPLICATION_JSON, TableCsvWriter.TEXT_CSV})
public class FiguresResource {

    private final NationalFigures figures;
    private final ExchangeDrilldown drilldown;
    private final FilterOptions options;
    private final SecurityIdentity identity;
    private final FiguresConfig config;
    private final HttpHeaders headers;

    public FiguresResource(NationalFigures figures, ExchangeDrilldown drilldown, FilterOptions options,
                           SecurityIdentity identity, FiguresConfig config, HttpHeaders headers) {
        this.figures = figures;
        this.drilldown = drilldown;
        this.options = options;
        this.identity = identity;
        this.config = config;
        this.headers = headers;
    }

    @GET
    @Path("figures")
    @RolesAllowed({Roles.ANALYST, Roles.ADMIN, Roles.COORDINATOR, Roles.REVIEWER, Roles.MANAGER, Roles.STAFF,
            Roles.FINANCE, Roles.HR, Roles.PRIVACY})
    @Operation(summary = "Every national key figure, filtered and grouped",
            description = "groupBy: up to three of institution, region, year, quarter, direction, hostSector, "
                    + "hostRegion, programme, fundingSource, theme. Filters: year or quarter (2025-Q2), institution, "
                    + "region, direction, hostSector, programme, fundingSource, theme; each list may repeat or be "
                    + "comma-separated.")
    public Table keyFigures(@BeanParam FilterParams params) {
        return disclose(figures.keyFigures(params.toFilter(), params.groupBy(NationalFigures.GROUPINGS)));
    }

    @GET
    @Path("timeseries")
    @RolesAllowed({Roles.ANALYST, Roles.ADMIN, Roles.COORDINATOR, Roles.REVIEWER, Roles.MANAGER, Roles.STAFF,
            Roles.FINANCE, Roles.HR, Roles.PRIVACY})
    @Operation(summary = "One key figure per year or quarter, optionally split by up to two more dimensions")
    public Table timeSeries(@Parameter(description = "a key figure, e.g. exchangesStarted")
                            @QueryParam("figure") String figure,
                            @Parameter(description = "year (default) or quarter") @QueryParam("interval") String interval,
                            @BeanParam FilterParams params) {
        KeyFigure keyFigure = figure == null ? KeyFigure.EXCHANGES_STARTED : KeyFigure.byKey(figure).orElseThrow(
                () -> new ValidationFailed("figure", "'" + figure + "' is not a key figure"));
        Dimension period = interval == null || interval.equals("year") ? Dimension.YEAR
                : interval.equals("quarter") ? Dimension.QUARTER : null;
        if (period == null) {
            throw new ValidationFailed("interval", "is year or quarter");
        }
        List<Dimension> groupBy = params.groupBy(NationalFigures.GROUPINGS).stream()
                .filter(d -> d != Dimension.YEAR && d != Dimension.QUARTER).toList();
        return disclose(figures.timeSeries(params.toFilter(), keyFigure, period, groupBy));
    }

    @GET
    @Path("outcomes")
    @RolesAllowed({Roles.ANALYST, Roles.ADMIN, Roles.COORDINATOR, Roles.REVIEWER, Roles.MANAGER, Roles.STAFF,
            Roles.FINANCE, Roles.HR, Roles.PRIVACY})
    @Operation(summary = "Outcomes by type and side (within or outside academia), optionally split further")
    public Table outcomes(@BeanParam FilterParams params) {
        return disclose(figures.outcomes(params.toFilter(), params.groupBy(NationalFigures.GROUPINGS)));
    }

    @GET
    @Path("surveys")
    @RolesAllowed({Roles.ANALYST, Roles.ADMIN, Roles.COORDINATOR, Roles.REVIEWER, Roles.MANAGER, Roles.STAFF,
            Roles.FINANCE, Roles.HR, Roles.PRIVACY})
    @Operation(summary = "Survey scores (1-5) by respondent role and question")
    public Table surveys(@BeanParam FilterParams params) {
        return disclose(figures.surveys(params.toFilter(), params.groupBy(NationalFigures.GROUPINGS)));
    }

    @GET
    @Path("hosts")
    @RolesAllowed({Roles.ANALYST, Roles.ADMIN, Roles.COORDINATOR, Roles.REVIEWER, Roles.MANAGER, Roles.STAFF,
            Roles.FINANCE, Roles.HR, Roles.PRIVACY})
    @Operation(summary = "Exchanges and host organisations by host sector and host region")
    public Table hosts(@BeanParam FilterParams params) {
        return disclose(figures.hosts(params.toFilter(), params.groupBy(NationalFigures.GROUPINGS)));
    }

    @GET
    @Path("exchanges")
    @RolesAllowed(Roles.ANALYST)
    @Operation(summary = "The exchanges behind the figures (drill-down), newest first; paged in JSON, "
            + "all matching rows in CSV")
    public Table exchanges(@BeanParam FilterParams params, @Valid @BeanParam PageRequest paging) {
        FigureFilter filter = params.toFilter();
        boolean csv = headers.getAcceptableMediaTypes().stream()
                .anyMatch(t -> t.isCompatible(TableCsvWriter.TEXT_CSV_TYPE) && !t.isWildcardType());
        return csv ? drilldown.all(filter) : drilldown.page(filter, paging.page, paging.size);
    }

    @GET
    @Path("dimensions")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ANALYST, Roles.ADMIN, Roles.COORDINATOR, Roles.REVIEWER, Roles.MANAGER, Roles.STAFF,
            Roles.FINANCE, Roles.HR, Roles.PRIVACY})
    @Operation(summary = "The years, programmes, themes and institutions present, for filter choices")
    public DimensionValues dimensions() {
        return options.current();
    }

    private Table disclose(Table table) {
        return identity.hasRole(Roles.ANALYST)
                ? SmallCellSuppression.none(table, config.suppressionThreshold())
                : SmallCellSuppression.apply(table, config.suppressionThreshold());
    }
}

package se.klossnet.reporting.figures;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import se.klossnet.reporting.export.Table;
import se.klossnet.reporting.export.TableCsvWriter;

/** The figures anyone may see, without a token: always with small cells suppressed. */
@Path("/public/summary")
@PermitAll
@Produces({MediaType.APPLICATION_JSON, TableCsvWriter.TEXT_CSV})
public class PublicSummaryResource {

    private final NationalFigures figures;
    private final FiguresConfig config;

    public PublicSummaryResource(NationalFigures figures, FiguresConfig config) {
        this.figures = figures;
        this.config = config;
    }

    @GET
    @Operation(summary = "Public summary of the network's figures; cells below the threshold are withheld",
            description = "groupBy (default institution): institution, region, year, direction, hostSector, "
                    + "fundingSource. Filters as for /national/figures.")
    public Table summary(@BeanParam FilterParams params) {
        List<Dimension> groupBy = params.groupBy(NationalFigures.PUBLIC_GROUPINGS);
        Table table = figures.publicSummary(params.toFilter(), groupBy.isEmpty() ? List.of(Dimension.INSTITUTION) : groupBy);
        return SmallCellSuppression.apply(table, config.suppressionThreshold());
    }
}

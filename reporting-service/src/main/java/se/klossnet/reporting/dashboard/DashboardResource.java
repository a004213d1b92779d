package se.klossnet.reporting.dashboard;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import se.klossnet.events.Direction;
import se.klossnet.events.FundingSource;
import se.klossnet.events.HostSector;
import se.klossnet.reporting.figures.FiguresConfig;
import se.klossnet.reporting.register.InstitutionRegister;

/**
 * The national dashboard. The page itself is public: it holds the register and the filter choices, never a figure.
 * Every figure it shows comes from the national API, which needs a bearer token; in the network the gateway adds
 * the analyst's token to the page's requests (issue 7), so the page never handles a token itself.
 */
@Path("/")
@PermitAll
public class DashboardResource {

    private final Template dashboard;
    private final InstitutionRegister register;
    private final FiguresConfig config;

    public DashboardResource(@Location("dashboard.html") Template dashboard, InstitutionRegister register,
                             FiguresConfig config) {
        this.dashboard = dashboard;
        this.register = register;
        this.config = config;
    }

    @GET
    @Operation(hidden = true)
    public Response root() {
        return Response.seeOther(URI.create("/dashboard")).build();
    }

    @GET
    @Path("dashboard")
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "The national dashboard (HTML); its data calls need an analyst's bearer token")
    public TemplateInstance page() {
        return dashboard
                .data("institutions", register.members())
                .data("regions", register.regions())
                .data("directions", names(Direction.values()))
                .data("hostSectors", names(HostSector.values()))
                .data("fundingSources", names(FundingSource.values()))
                .data("threshold", config.suppressionThreshold());
    }

    private static List<String> names(Enum<?>[] constants) {
        return Arrays.stream(constants).map(Enum::name).toList();
    }
}

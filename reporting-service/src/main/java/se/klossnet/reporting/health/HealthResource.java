package se.klossnet.reporting.health;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import org.eclipse.microprofile.openapi.annotations.Operation;
import se.klossnet.platform.scope.Roles;
import se.klossnet.reporting.export.Table;
import se.klossnet.reporting.export.TableCsvWriter;

@Path("/national/health")
@Produces({MediaType.APPLICATION_JSON, TableCsvWriter.TEXT_CSV})
public class HealthResource {

    private final NetworkHealth health;
    private final Clock clock;

    public HealthResource(NetworkHealth health, Clock clock) {
        this.health = health;
        this.clock = clock;
    }

    @GET
    @RolesAllowed({Roles.ANALYST, Roles.ADMIN})
    @Operation(summary = "Network health per institution: last event, events in 24 h, consumer lag per topic, "
            + "dead letters; STALE when its events stopped, SILENT when it never sent any")
    public Table networkHealth() {
        return health.at(clock.instant());
    }
}

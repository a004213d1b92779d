package se.klossnet.exchange.cost;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import se.klossnet.exchange.access.Caller;
import se.klossnet.exchange.exchange.ExchangeRepository;
import se.klossnet.platform.problem.ResourceNotFound;
import se.klossnet.platform.scope.Roles;

/**
 * The programme's booking defaults, which every cost of its exchanges uses unless it says otherwise. They are kept per
 * institution and programme id; the programmes themselves live at the call-service, so a programme this service has
 * not seen yet can get defaults before its first grant. A programme it knows to be another institution's (an exchange
 * of theirs runs under it, on a node that hosts several institutions) is not found for the caller.
 */
@Path("/programmes/{programmeId}/booking-defaults")
public class BookingDefaultsResource {

    private final Bookings bookings;
    private final Caller caller;
    private final ExchangeRepository exchanges;

    public BookingDefaultsResource(Bookings bookings, Caller caller, ExchangeRepository exchanges) {
        this.bookings = bookings;
        this.caller = caller;
        this.exchanges = exchanges;
    }

    @GET
    @RolesAllowed({Roles.FINANCE, Roles.COORDINATOR, Roles.ADMIN})
    @Operation(summary = "The programme's accounts, cost centre and project (the configured ones until set)")
    public Bookings.Defaults get(@PathParam("programmeId") @Size(max = 100) String programmeId) {
        requireNotAnothers(programmeId);
        return bookings.get(caller.institution(), programmeId);
    }

    @PUT
    @RolesAllowed({Roles.FINANCE, Roles.COORDINATOR})
    @Operation(summary = "Set the programme's booking defaults; a change needs the version read")
    public Bookings.Defaults set(@PathParam("programmeId") @Size(max = 100) String programmeId,
                                 @Valid @NotNull Bookings.Defaults defaults) {
        requireNotAnothers(programmeId);
        return bookings.set(caller.institution(), programmeId, defaults);
    }

    private void requireNotAnothers(String programmeId) {
        if (exchanges.programmeBelongsToAnother(caller.institution(), programmeId)) {
            throw new ResourceNotFound("programme", programmeId);
        }
    }
}

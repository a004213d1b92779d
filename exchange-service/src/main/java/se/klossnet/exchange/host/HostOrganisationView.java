package se.klossnet.exchange.host;

import java.time.Instant;
import java.util.UUID;
import se.klossnet.events.HostSector;

/** A host organisation as the API shows it. */
public record HostOrganisationView(UUID id, String institution, String organisationNumber, String name,
                                   HostSector sector, String country, String region, Instant createdAt, long version) {

    public static HostOrganisationView of(HostOrganisation h) {
        return new HostOrganisationView(h.id(), h.institution(), h.organisationNumber(), h.name(), h.sector(),
                h.country(), h.region(), h.createdAt(), h.version());
    }
}

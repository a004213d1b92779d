package se.klossnet.call.application;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import se.klossnet.events.HostOrganisation;
import se.klossnet.events.HostSector;

/** The host organisation as this service keeps it: with its name, which the network's events leave out. */
@Embeddable
public class Host {

    @Column(name = "host_name", nullable = false)
    private String name;

    @Column(name = "host_organisation_number")
    private String organisationNumber;

    @Column(name = "host_foreign_id")
    private String foreignId;

    @Enumerated(EnumType.STRING)
    @Column(name = "host_sector", nullable = false)
    private HostSector sector;

    @Column(name = "host_country", nullable = false)
    private String country;

    @Column(name = "host_region")
    private String region;

    protected Host() {
        // for JPA
    }

    static Host of(HostTerms terms) {
        Host host = new Host();
        host.name = terms.name().strip();
        host.organisationNumber = terms.normalisedOrganisationNumber();
        host.foreignId = terms.foreignId() == null || terms.foreignId().isBlank() ? null : terms.foreignId().strip();
        host.sector = terms.sector();
        host.country = terms.country();
        host.region = terms.region() == null || terms.region().isBlank() ? null : terms.region().strip();
        return host;
    }

    HostTerms terms() {
        return new HostTerms(name, organisationNumber, foreignId, sector, country, region);
    }

    /** What the network may know: no name, and the organisationsnummer only (organisations are not people). */
    HostOrganisation forEvents() {
        return new HostOrganisation(sector, country, organisationNumber, region);
    }

    public String name() {
        return name;
    }
}

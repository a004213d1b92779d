package se.klossnet.exchange.host;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import se.klossnet.events.HostSector;
import se.klossnet.platform.scope.InstitutionOwned;

/** An organisation that hosts exchanges, in one institution's register. */
@Entity
@Table(name = "host_organisation")
public class HostOrganisation implements InstitutionOwned {

    @Id
    private UUID id;

    @Column(nullable = false, updatable = false)
    private String institution;

    @Column(name = "organisation_number", updatable = false)
    private String organisationNumber;

    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private HostSector sector;

    @Column(nullable = false)
    private String country;

    private String region;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected HostOrganisation() {
        // for JPA
    }

    static HostOrganisation register(String institution, String organisationNumber, String name, HostSector sector,
                                     String country, String region, Instant now) {
        HostOrganisation host = new HostOrganisation();
        host.id = UUID.randomUUID();
        host.institution = institution;
        host.organisationNumber = organisationNumber;
        host.createdAt = now;
        host.describe(name, sector, country, region);
        return host;
    }

    /** Fills in what the register did not know yet, e.g. the name of a host first seen in a grant event. */
    void complete(String name, String region) {
        if (this.name == null && name != null) {
            this.name = name;
        }
        if (this.region == null && region != null) {
            this.region = region;
        }
    }

    void describe(String name, HostSector sector, String country, String region) {
        this.name = name;
        this.sector = sector;
        this.country = country;
        this.region = region;
    }

    /** What the network may know of this organisation (no contact person). */
    public se.klossnet.events.HostOrganisation asEvent() {
        return new se.klossnet.events.HostOrganisation(sector, country, organisationNumber, region);
    }

    public UUID id() {
        return id;
    }

    @Override
    public String institution() {
        return institution;
    }

    public String organisationNumber() {
        return organisationNumber;
    }

    public String name() {
        return name;
    }

    public HostSector sector() {
        return sector;
    }

    public String country() {
        return country;
    }

    public String region() {
        return region;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }
}

package se.klossnet.exchange.host;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import se.klossnet.events.HostSector;
import se.klossnet.platform.api.Page;
import se.klossnet.platform.problem.ValidationFailed;
import se.klossnet.platform.scope.InstitutionScope;

/** Registering host organisations once per organisationsnummer, and finding them. */
@ApplicationScoped
public class HostRegister {

    private final HostOrganisationRepository hosts;
    private final Clock clock;

    public HostRegister(HostOrganisationRepository hosts, Clock clock) {
        this.hosts = hosts;
        this.clock = clock;
    }

    /** The outcome of a registration: the organisation, and whether it was already known. */
    public record Registration(HostOrganisation host, boolean existed) {
    }

    /**
     * Returns the institution's entry for this organisation, creating it when the organisationsnummer is new.
     * A host without an organisationsnummer (a foreign one) cannot be matched and always gets a new entry.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Registration register(String institution, HostDescription description, String field) {
        return register(institution, description, field, true);
    }

    private Registration register(String institution, HostDescription description, String field,
                                  boolean swedishNeedsNumber) {
        String number = numberOf(description, field, swedishNeedsNumber);
        if (number != null) {
            Optional<HostOrganisation> known = hosts.byNumber(institution, number);
            if (known.isPresent()) {
                known.get().complete(blankToNull(description.name()), blankToNull(description.region()));
                return new Registration(known.get(), true);
            }
        }
        HostOrganisation host = HostOrganisation.register(institution, number, blankToNull(description.name()),
                description.sector(), description.country(), blankToNull(description.region()), clock.instant());
        hosts.persist(host);
        return new Registration(host, false);
    }

    /** The register entry for a host as a grant event describes it (no name travels on the network). */
    @Transactional(Transactional.TxType.MANDATORY)
    public HostOrganisation registerFromEvent(String institution, se.klossnet.events.HostOrganisation host) {
        String number = host.organisationNumber() == null ? null
                : OrganisationNumber.normalise(host.organisationNumber()).orElseThrow(() ->
                new IllegalArgumentException("the granted host's organisation number is not valid"));
        // The call-service validated the grant; a Swedish host it sent without a number is kept, not refused.
        return register(institution, new HostDescription(number, null, host.sector(), host.country(), host.region()),
                "host", false).host();
    }

    @Transactional
    public Registration registerByHand(String institution, HostDescription description) {
        return register(institution, description, "organisationNumber");
    }

    @Transactional
    public HostOrganisationView revise(String institution, UUID id, long version, HostDescription description) {
        HostOrganisation host = find(institution, id);
        if (host.version() != version) {
            throw new OptimisticLockException("host organisation " + id + " is at version " + host.version());
        }
        String number = numberOf(description, "organisationNumber", false);
        if (!java.util.Objects.equals(number, host.organisationNumber())) {
            throw new ValidationFailed("organisationNumber", "cannot be changed; register the other organisation instead");
        }
        host.describe(blankToNull(description.name()), description.sector(), description.country(),
                blankToNull(description.region()));
        hosts.flush();
        return HostOrganisationView.of(host);
    }

    public HostOrganisation find(String institution, UUID id) {
        return InstitutionScope.requireOwn(hosts.findById(id), institution, "host organisation", id);
    }

    public Page<HostOrganisationView> search(String institution, HostSector sector, String region, String country,
                                             int page, int size) {
        var query = hosts.search(institution, sector, region, country).page(page, size);
        return new Page<>(query.list().stream().map(HostOrganisationView::of).toList(), page, size, query.count());
    }

    private static String numberOf(HostDescription description, String field, boolean swedishNeedsNumber) {
        String raw = blankToNull(description.organisationNumber());
        if (raw == null) {
            if (swedishNeedsNumber && "SE".equals(description.country())) {
                throw new ValidationFailed(field, "a Swedish organisation needs its organisationsnummer");
            }
            return null;
        }
        return OrganisationNumber.normalise(raw).orElseThrow(() ->
                new ValidationFailed(field, "is not a valid organisationsnummer (10 digits with a Luhn check digit)"));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

package se.klossnet.exchange.agreement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import se.klossnet.exchange.access.InstitutionProfiles;
import se.klossnet.exchange.exchange.Exchange;
import se.klossnet.exchange.exchange.ExchangeDirectory;
import se.klossnet.exchange.exchange.ExchangeStatus;
import se.klossnet.exchange.exchange.PersonMonths;
import se.klossnet.exchange.host.HostOrganisation;
import se.klossnet.exchange.host.HostRegister;
import se.klossnet.platform.problem.StateConflict;
import se.klossnet.platform.problem.ValidationFailed;

/**
 * Drafting agreement versions. Every change of terms is a new version rendered from the template; a version that
 * was still waiting for signatures becomes VOID with all its signatures.
 */
@ApplicationScoped
public class AgreementDrafting {

    private final ExchangeDirectory directory;
    private final AgreementVersionRepository versions;
    private final SignatureRepository signatures;
    private final HostRegister hosts;
    private final AgreementDocument document;
    private final InstitutionProfiles profiles;
    private final Clock clock;

    public AgreementDrafting(ExchangeDirectory directory, AgreementVersionRepository versions,
                             SignatureRepository signatures, HostRegister hosts, AgreementDocument document,
                             InstitutionProfiles profiles, Clock clock) {
        this.directory = directory;
        this.versions = versions;
        this.signatures = signatures;
        this.hosts = hosts;
        this.document = document;
        this.profiles = profiles;
        this.clock = clock;
    }

    @Transactional
    public AgreementView draft(String institution, UUID exchangeId, AgreementRequests.Terms request) {
        Exchange exchange = directory.forUpdate(institution, exchangeId, request.version());
        AgreementTerms terms = request.toTerms();
        exchange.nameParties(terms.participantAccount(), terms.participantName(), terms.hostContactName(),
                terms.hostContactEmail());
        AgreementVersion latest = versions.latest(exchangeId).orElse(null);
        // The period of a pending extension carries over into the new wording.
        LocalDate start = latest == null ? exchange.plannedStart() : latest.plannedStart();
        LocalDate end = latest == null ? exchange.plannedEnd() : latest.plannedEnd();
        return view(newVersion(exchange, start, end, exchange.extentPercent(), terms));
    }

    @Transactional
    public AgreementView extend(String institution, UUID exchangeId, AgreementRequests.Extension request) {
        Exchange exchange = directory.forUpdate(institution, exchangeId, request.version());
        if (exchange.status() != ExchangeStatus.AGREEMENT_SIGNED && exchange.status() != ExchangeStatus.ONGOING) {
            throw new StateConflict("only a signed or ongoing exchange can be extended; exchange " + exchangeId
                    + " is " + exchange.status());
        }
        if (!request.newEnd().isAfter(exchange.plannedEnd())) {
            throw new ValidationFailed("newEnd", "must be after the current end date " + exchange.plannedEnd());
        }
        AgreementVersion latest = versions.latest(exchangeId)
                .orElseThrow(() -> new StateConflict("exchange " + exchangeId + " has no agreement to amend"));
        return view(newVersion(exchange, latest.plannedStart(), request.newEnd(), latest.extentPercent(),
                latest.terms()));
    }

    /** The first version of a fast-tracked registration, drafted so that the approving manager reads it. */
    @Transactional(TxType.MANDATORY)
    public AgreementVersion draftFirst(Exchange exchange, AgreementTerms terms) {
        return newVersion(exchange, exchange.plannedStart(), exchange.plannedEnd(), exchange.extentPercent(), terms);
    }

    public AgreementView current(Exchange exchange) {
        return view(versions.latest(exchange.id()).orElseThrow(() ->
                new se.klossnet.platform.problem.ResourceNotFound("agreement of exchange", exchange.id())));
    }

    AgreementView view(AgreementVersion version) {
        return AgreementView.of(version, signatures.of(version.id()), versions.all(version.exchangeId()));
    }

    private AgreementVersion newVersion(Exchange exchange, LocalDate start, LocalDate end, int extent,
                                        AgreementTerms terms) {
        exchange.requireOpen();
        List<AgreementVersion> earlier = versions.all(exchange.id());
        earlier.forEach(AgreementVersion::supersede);
        int number = earlier.isEmpty() ? 1 : earlier.get(earlier.size() - 1).number() + 1;
        HostOrganisation host = hosts.find(exchange.institution(), exchange.hostId());
        AgreementDocument.Rendered rendered = document.render(model(exchange, host, number, start, end, extent, terms));
        AgreementVersion version = AgreementVersion.create(exchange.id(), exchange.institution(), number, start, end,
                extent, terms, rendered, clock.instant());
        versions.persist(version);
        versions.flush();
        return version;
    }

    private AgreementModel model(Exchange exchange, HostOrganisation host, int number, LocalDate start, LocalDate end,
                                 int extent, AgreementTerms terms) {
        String participant = terms.participantName() != null ? terms.participantName()
                : exchange.participantName() != null ? exchange.participantName() : "the participant";
        String hostName = host.name() != null ? host.name()
                : host.organisationNumber() != null ? "organisation " + host.organisationNumber() : "the host organisation";
        List<String> partners = exchange.partners().stream()
                .map(p -> (p.organisationNumber() == null ? "organisation" : p.organisationNumber()) + " ("
                        + p.sector() + ", " + p.country() + ")")
                .toList();
        return new AgreementModel(number, document.currentTemplate(), profiles.nameOf(exchange.institution()),
                exchange.direction().name(), exchange.direction() == se.klossnet.events.Direction.INBOUND,
                participant, exchange.participantPseudonym(), hostName, host.organisationNumber(), host.country(),
                terms.hostContactName(), exchange.hostDepartment(), exchange.purpose(), exchange.mutualValue(),
                partners, start, end, extent, PersonMonths.months(start, end).setScale(2, RoundingMode.HALF_UP),
                exchange.budgetSek(), terms.confidentiality().clause(), terms.intellectualProperty().clause(),
                terms.insurance().clause(), terms.costSharing());
    }
}

package se.klossnet.exchange.inbound;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.UUID;
import se.klossnet.exchange.access.Caller;
import se.klossnet.exchange.agreement.AgreementDrafting;
import se.klossnet.exchange.agreement.AgreementTerms;
import se.klossnet.exchange.agreement.Confidentiality;
import se.klossnet.exchange.agreement.Insurance;
import se.klossnet.exchange.agreement.IntellectualProperty;
import se.klossnet.exchange.exchange.Exchange;
import se.klossnet.exchange.exchange.ExchangeDirectory;
import se.klossnet.exchange.exchange.ExchangeJournal;
import se.klossnet.exchange.exchange.ExchangeRepository;
import se.klossnet.exchange.host.HostOrganisation;
import se.klossnet.exchange.host.HostRegister;
import se.klossnet.platform.problem.AccessDenied;
import se.klossnet.platform.problem.ValidationFailed;

/**
 * The fast track for incoming affiliated competence: a coordinator registers (the agreement is drafted at once, so
 * that the manager approves what will be signed), the host department's manager approves (the exchange is
 * PLANNED and the agreement goes out for signature), the three parties sign, and it starts. Days, not months.
 */
@ApplicationScoped
public class InboundFastTrack {

    private final ExchangeRepository exchanges;
    private final ExchangeDirectory directory;
    private final HostRegister hosts;
    private final AgreementDrafting drafting;
    private final ExchangeJournal journal;
    private final Clock clock;

    public InboundFastTrack(ExchangeRepository exchanges, ExchangeDirectory directory, HostRegister hosts,
                            AgreementDrafting drafting, ExchangeJournal journal, Clock clock) {
        this.exchanges = exchanges;
        this.directory = directory;
        this.hosts = hosts;
        this.drafting = drafting;
        this.journal = journal;
        this.clock = clock;
    }

    @Transactional
    public Exchange register(String institution, InboundRegistration r) {
        if (r.plannedEnd().isBefore(r.plannedStart())) {
            throw new ValidationFailed("plannedEnd", "must not be before plannedStart");
        }
        HostOrganisation employer = hosts.register(institution, r.employer().organisation(),
                "employer.organisation.organisationNumber").host();
        Exchange exchange = Exchange.registerAffiliation(institution, new Exchange.Affiliation(r.programmeId().strip(),
                r.person().name().strip(), r.person().email().strip(), blankToNull(r.person().account()),
                employer.id(), r.employer().contactName().strip(), r.employer().contactEmail().strip(),
                r.hostDepartment().strip(), r.hostManager().strip(), r.plannedStart(), r.plannedEnd(),
                r.extentPercent(), r.purpose().strip(), r.mutualValue().strip(),
                r.budgetSek() == null ? BigDecimal.ZERO : r.budgetSek()), clock.instant());
        exchanges.persist(exchange);
        drafting.draftFirst(exchange, new AgreementTerms(exchange.participantAccount(), exchange.participantName(),
                exchange.hostContactName(), exchange.hostContactEmail(),
                orDefault(r.confidentiality(), Confidentiality.STANDARD),
                orDefault(r.intellectualProperty(), IntellectualProperty.JOINT),
                orDefault(r.insurance(), Insurance.EMPLOYER_INSURANCE), null));
        exchanges.flush();
        return exchange;
    }

    /** The named manager of the host department approves: the exchange is planned and announced. */
    @Transactional
    public Exchange approve(Caller caller, UUID id, Long version) {
        Exchange exchange = managersOwn(caller, id, version);
        exchange.approveAffiliation();
        HostOrganisation employer = hosts.find(exchange.institution(), exchange.hostId());
        journal.record(exchange, exchange.plannedEvent(employer.asEvent()));
        exchanges.flush();
        return exchange;
    }

    @Transactional
    public Exchange decline(Caller caller, UUID id, Long version) {
        Exchange exchange = managersOwn(caller, id, version);
        exchange.declineAffiliation();
        exchanges.flush();
        return exchange;
    }

    private Exchange managersOwn(Caller caller, UUID id, Long version) {
        Exchange exchange = directory.readable(caller, id);
        if (!caller.username().equals(exchange.hostManager())) {
            throw new AccessDenied("only the host department's manager named in the registration decides");
        }
        return directory.forUpdate(caller.institution(), id, version);
    }

    private static <T> T orDefault(T value, T fallback) {
        return value == null ? fallback : value;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

package se.klossnet.exchange.exchange;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import se.klossnet.events.Direction;
import se.klossnet.events.HostOrganisation;
import se.klossnet.events.exchange.CancellationReason;
import se.klossnet.exchange.host.HostOrganisationView;

/**
 * An exchange as the API shows it to the institution's own users. The monthly salary cost is not here: it is in
 * the budget, which only coordinators and finance read.
 */
public record ExchangeView(UUID id, String institution, String applicationId, String programmeId, Direction direction,
                           ExchangeStatus status, Participant participant, HostOrganisationView host,
                           HostContact hostContact, List<HostOrganisation> partners, String hostDepartment,
                           String hostManager, String purpose, String mutualValue, LocalDate plannedStart,
                           LocalDate plannedEnd, int extentPercent, BigDecimal budgetSek, Integer agreementInForce,
                           LocalDate startedOn, LocalDate completedOn, LocalDate cancelledOn,
                           CancellationReason cancellationReason, Instant createdAt, long version) {

    public record Participant(String pseudonym, String account, String name, String email) {
    }

    public record HostContact(String name, String email) {
    }

    public static ExchangeView of(Exchange e, HostOrganisationView host) {
        return new ExchangeView(e.id(), e.institution(), e.applicationId(), e.programmeId(), e.direction(), e.status(),
                new Participant(e.participantPseudonym(), e.participantAccount(), e.participantName(),
                        e.participantEmail()),
                host, new HostContact(e.hostContactName(), e.hostContactEmail()), e.partners(), e.hostDepartment(),
                e.hostManager(), e.purpose(), e.mutualValue(), e.plannedStart(), e.plannedEnd(), e.extentPercent(),
                e.budgetSek(), e.agreementInForce(), e.startedOn(), e.completedOn(), e.cancelledOn(),
                e.cancellationReason(), e.createdAt(), e.version());
    }
}

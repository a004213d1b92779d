package se.klossnet.exchange.hr;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import se.klossnet.events.Direction;
import se.klossnet.events.exchange.AgreementSigned;
import se.klossnet.events.exchange.ExchangeCancelled;
import se.klossnet.events.exchange.ExchangeCompleted;
import se.klossnet.events.exchange.ExchangeEvent;
import se.klossnet.events.exchange.ExchangeExtended;
import se.klossnet.events.exchange.ExchangeStarted;
import se.klossnet.exchange.exchange.Exchange;
import se.klossnet.exchange.exchange.ExchangeEventRecorded;
import se.klossnet.exchange.host.HostOrganisation;
import se.klossnet.exchange.host.HostRegister;

/**
 * Puts an HR notice in the queue, in the same transaction as the exchange's change, for the changes HR acts on:
 * a secondment (OUTBOUND, ALLIANCE) or an affiliation (INBOUND) agreed, started, extended, ended or cancelled.
 * The body is fixed now, so that every retry sends (and signs) the same bytes.
 */
@ApplicationScoped
public class HrNoticeQueue {

    /** What HR receives. It is the institution's own system, so it gets the person's name and account. */
    public record Notice(UUID noticeId, String kind, String institution, UUID exchangeId, Direction direction,
                         Person person, LocalDate start, LocalDate end, int extentPercent, Host host,
                         String hostDepartment, LocalDate effectiveOn, Integer agreementVersion,
                         String cancellationReason) {
    }

    public record Person(String pseudonym, String account, String name, String email) {
    }

    public record Host(String name, String organisationNumber, String country) {
    }

    private final HrNoticeRepository notices;
    private final HostRegister hosts;
    private final ObjectMapper json;
    private final Clock clock;

    public HrNoticeQueue(HrNoticeRepository notices, HostRegister hosts, ObjectMapper json, Clock clock) {
        this.notices = notices;
        this.hosts = hosts;
        this.json = json;
        this.clock = clock;
    }

    void on(@Observes ExchangeEventRecorded recorded) {
        Exchange exchange = recorded.exchange();
        kindOf(exchange, recorded.event()).ifPresent(change -> queue(exchange, recorded.event(), change));
    }

    private record Change(String what, LocalDate effectiveOn) {
    }

    private static Optional<Change> kindOf(Exchange exchange, ExchangeEvent event) {
        return switch (event) {
            case AgreementSigned s -> Optional.of(new Change("AGREED", exchange.plannedStart()));
            case ExchangeStarted s -> Optional.of(new Change("STARTED", s.startedOn()));
            case ExchangeExtended x -> Optional.of(new Change("EXTENDED", x.newEnd()));
            case ExchangeCompleted c -> Optional.of(new Change("ENDED", c.completedOn()));
            // HR only hears of a cancellation when it had heard of an agreement.
            case ExchangeCancelled c when exchange.agreementInForce() != null ->
                    Optional.of(new Change("CANCELLED", c.cancelledOn()));
            default -> Optional.empty();
        };
    }

    private void queue(Exchange exchange, ExchangeEvent event, Change change) {
        String kind = (exchange.direction() == Direction.INBOUND ? "AFFILIATION_" : "SECONDMENT_") + change.what();
        HostOrganisation host = hosts.find(exchange.institution(), exchange.hostId());
        UUID id = UUID.randomUUID();
        Notice notice = new Notice(id, kind, exchange.institution(), exchange.id(), exchange.direction(),
                new Person(exchange.participantPseudonym(), exchange.participantAccount(), exchange.participantName(),
                        exchange.participantEmail()),
                exchange.plannedStart(), exchange.plannedEnd(), exchange.extentPercent(),
                new Host(host.name(), host.organisationNumber(), host.country()), exchange.hostDepartment(),
                change.effectiveOn(), exchange.agreementInForce(),
                event instanceof ExchangeCancelled c ? c.reason().name() : null);
        try {
            notices.persist(HrNotice.queue(id, exchange.institution(), exchange.id(), kind,
                    json.writeValueAsString(notice), clock.instant()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write HR notice", e);
        }
    }
}

package se.klossnet.followup.exchange;

import java.time.LocalDate;
import java.time.Instant;
import se.klossnet.events.Direction;
import se.klossnet.events.exchange.CancellationReason;

/**
 * An exchange as follow-up sees it.
 *
 * @param detailsKnown false until ExchangePlanned has arrived (programme, direction and participant are then null)
 * @param callId       the call of the granted application, when that grant has been seen
 * @param agreementVersion  the latest agreement version signed by all parties, null before
 * @param participantLinked whether a coordinator has linked a participant account to the exchange
 */
public record ExchangeView(String id, String institution, String state, boolean detailsKnown, String applicationId,
                           String callId, String programmeId, Direction direction, String participantPseudonym,
                           boolean participantLinked, LocalDate plannedStart, LocalDate end, LocalDate startedOn,
                           LocalDate completedOn, LocalDate cancelledOn, CancellationReason cancellationReason,
                           Integer agreementVersion, Instant updatedAt) {

    static ExchangeView of(FollowedExchange e, Grant grant, ParticipantLink link) {
        return new ExchangeView(e.id(), e.institution(), e.state().name(), e.detailsKnown(), e.applicationId(),
                grant == null ? null : grant.callId(), e.programmeId(), e.direction(),
                link != null ? link.pseudonym() : e.participantPseudonym(), link != null, e.plannedStart(), e.end(),
                e.startedOn(), e.completedOn(), e.cancelledOn(), e.cancellationReason(), e.agreementVersion(), e.updatedAt());
    }
}

package se.klossnet.followup.exchange;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Objects;
import se.klossnet.followup.pseudonym.Caller;
import se.klossnet.platform.problem.ResourceNotFound;
import se.klossnet.platform.scope.InstitutionScope;

/**
 * Who may follow up an exchange: the coordinators of its institution, and its participant. Everyone else, and
 * every other institution, is told that the exchange does not exist (404), so ids reveal nothing.
 */
@ApplicationScoped
public class ExchangeAccess {

    /** How the caller relates to the exchange they act on. */
    public enum Relation {
        /** The person on the exchange: sees their own logbook text, answers their own surveys. */
        PARTICIPANT,
        /** A coordinator of the exchange's institution: runs the follow-up, sees what is shared. */
        COORDINATOR
    }

    /** An exchange the caller may act on, and as whom. */
    public record Granted(FollowedExchange exchange, Relation relation, String callerPseudonym) {
        public boolean asParticipant() {
            return relation == Relation.PARTICIPANT;
        }
    }

    private final FollowedExchangeRepository exchanges;
    private final ParticipantLinkRepository links;

    public ExchangeAccess(FollowedExchangeRepository exchanges, ParticipantLinkRepository links) {
        this.exchanges = exchanges;
        this.links = links;
    }

    /**
     * The exchange for the caller. The participant relation wins over coordination, so a coordinator who is also the
     * participant sees their own logbook as its author.
     *
     * @throws ResourceNotFound when the exchange is unknown, another institution's, or neither theirs nor coordinated
     */
    public Granted require(Caller caller, String exchangeId) {
        FollowedExchange exchange = InstitutionScope.requireOwn(exchanges.findById(exchangeId), caller.institution(),
                "exchange", exchangeId);
        String me = caller.pseudonym();
        if (isParticipant(exchange, me)) {
            return new Granted(exchange, Relation.PARTICIPANT, me);
        }
        if (caller.isCoordinator()) {
            return new Granted(exchange, Relation.COORDINATOR, me);
        }
        throw new ResourceNotFound("exchange", exchangeId);
    }

    /** The same, for coordinators only (e.g. sending surveys on demand). */
    public FollowedExchange requireCoordinated(Caller caller, String exchangeId) {
        FollowedExchange exchange = InstitutionScope.requireOwn(exchanges.findById(exchangeId), caller.institution(),
                "exchange", exchangeId);
        if (!caller.isCoordinator()) {
            throw new ResourceNotFound("exchange", exchangeId);
        }
        return exchange;
    }

    /**
     * The participant matches by the pseudonym in the exchange's events (the same id once issue 10 shares one
     * pseudonym per node) or by a coordinator's link of their account to the exchange.
     */
    public boolean isParticipant(FollowedExchange exchange, String pseudonym) {
        if (pseudonym == null) {
            return false;
        }
        if (Objects.equals(exchange.participantPseudonym(), pseudonym)) {
            return true;
        }
        ParticipantLink link = links.findById(exchange.id());
        return link != null && link.pseudonym().equals(pseudonym);
    }

    /** The pseudonym under which this service knows the participant (the link wins over the event's id). */
    public String participantOf(FollowedExchange exchange) {
        ParticipantLink link = links.findById(exchange.id());
        return link != null ? link.pseudonym() : exchange.participantPseudonym();
    }
}

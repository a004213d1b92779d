package se.klossnet.exchange.exchange;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import java.time.Clock;
import java.util.UUID;
import se.klossnet.exchange.access.Caller;
import se.klossnet.platform.problem.ResourceNotFound;
import se.klossnet.platform.problem.ValidationFailed;
import se.klossnet.platform.scope.InstitutionScope;
import se.klossnet.platform.scope.Roles;

/**
 * Finds exchanges for the other features, with the one rule of who may see one: the own institution for
 * institution-wide roles, the participant's own account for staff, the named manager for an INBOUND registration.
 * Anything else is a 404, exactly like a missing exchange.
 */
@ApplicationScoped
public class ExchangeDirectory {

    private final ExchangeRepository exchanges;
    private final EntityManager em;
    private final Clock clock;

    public ExchangeDirectory(ExchangeRepository exchanges, EntityManager em, Clock clock) {
        this.exchanges = exchanges;
        this.em = em;
        this.clock = clock;
    }

    /** The institution's exchange, for a caller whose role already allows the operation institution-wide. */
    public Exchange require(String institution, UUID id) {
        return InstitutionScope.requireOwn(exchanges.findById(id), institution, "exchange", id);
    }

    /** The exchange as far as this caller may see it. */
    public Exchange readable(Caller caller, UUID id) {
        Exchange exchange = require(caller.institution(), id);
        if (caller.seesWholeInstitution() || concerns(caller, exchange)) {
            return exchange;
        }
        throw new ResourceNotFound("exchange", id);
    }

    /**
     * The exchange for a command that carries the version the client read. The row is locked for the rest of the
     * transaction, so commands on one exchange run one after the other; a stale version is a 409.
     */
    public Exchange forUpdate(String institution, UUID id, Long version) {
        if (version == null) {
            throw new ValidationFailed("version", "is required; send the version of the exchange you read");
        }
        Exchange exchange = locked(institution, id);
        if (exchange.version() != version) {
            throw new OptimisticLockException("exchange " + id + " is at version " + exchange.version());
        }
        return exchange;
    }

    /** The exchange, locked and marked as changed, for a command that carries no exchange version. */
    public Exchange locked(String institution, UUID id) {
        Exchange exchange = InstitutionScope.requireOwn(em.find(Exchange.class, id, LockModeType.PESSIMISTIC_WRITE),
                institution, "exchange", id);
        exchange.touched(clock.instant());
        return exchange;
    }

    /** Locks an exchange the caller already holds, e.g. one the calendar found due. */
    public Exchange lockedById(UUID id) {
        Exchange exchange = em.find(Exchange.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (exchange != null) {
            exchange.touched(clock.instant());
        }
        return exchange;
    }

    static boolean concerns(Caller caller, Exchange exchange) {
        String account = caller.username();
        return caller.has(Roles.STAFF) && account.equals(exchange.participantAccount())
                || caller.has(Roles.MANAGER) && account.equals(exchange.hostManager());
    }
}

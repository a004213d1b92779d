package se.klossnet.followup.exchange;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.klossnet.events.Direction;
import se.klossnet.followup.NodeCalendar;
import se.klossnet.followup.pseudonym.Caller;
import se.klossnet.followup.pseudonym.Pseudonyms;
import se.klossnet.platform.api.Page;
import se.klossnet.platform.problem.ValidationFailed;
import se.klossnet.platform.scope.InstitutionScope;

/** Finding the exchanges a caller follows up, and linking participant accounts to them. */
@ApplicationScoped
public class ExchangeFollowUp {

    private final FollowedExchangeRepository exchanges;
    private final GrantRepository grants;
    private final ParticipantLinkRepository links;
    private final ExchangeAccess access;
    private final Pseudonyms pseudonyms;
    private final NodeCalendar calendar;

    public ExchangeFollowUp(FollowedExchangeRepository exchanges, GrantRepository grants, ParticipantLinkRepository links,
                            ExchangeAccess access, Pseudonyms pseudonyms, NodeCalendar calendar) {
        this.exchanges = exchanges;
        this.grants = grants;
        this.links = links;
        this.access = access;
        this.pseudonyms = pseudonyms;
        this.calendar = calendar;
    }

    /** Coordinators see the institution's exchanges; a participant sees their own. */
    @Transactional
    public Page<ExchangeView> search(Caller caller, ExchangeState state, String programmeId, Direction direction,
                                     int page, int size) {
        String participant = caller.isCoordinator() ? null : caller.pseudonym();
        var query = exchanges.search(caller.institution(), participant, state, programmeId, direction).page(page, size);
        List<FollowedExchange> found = query.list();
        Map<String, Grant> grantsByApplication = grants.byApplication(
                found.stream().map(FollowedExchange::applicationId).filter(Objects::nonNull).toList());
        Map<String, ParticipantLink> linksByExchange = found.isEmpty() ? Map.of()
                : links.list("exchangeId in ?1", found.stream().map(FollowedExchange::id).toList()).stream()
                .collect(Collectors.toMap(ParticipantLink::exchangeId, Function.identity()));
        List<ExchangeView> items = found.stream()
                .map(e -> ExchangeView.of(e, e.applicationId() == null ? null : grantsByApplication.get(e.applicationId()),
                        linksByExchange.get(e.id())))
                .toList();
        return new Page<>(items, page, size, query.count());
    }

    @Transactional
    public ExchangeView get(Caller caller, String exchangeId) {
        FollowedExchange exchange = access.require(caller, exchangeId).exchange();
        return ExchangeView.of(exchange, grants.of(exchange).orElse(null), links.findById(exchangeId));
    }

    @Transactional
    public ParticipantLinkView linkParticipant(Caller caller, String exchangeId, ParticipantLinkRequest request) {
        FollowedExchange exchange = access.requireCoordinated(caller, exchangeId);
        String pseudonym = pseudonyms.forLink(exchange.institution(), request.username().strip());
        ParticipantLink link = links.findById(exchangeId);
        if (link == null) {
            link = ParticipantLink.of(exchange, pseudonym, calendar.now());
            links.persist(link);
        } else {
            InstitutionScope.requireOwn(link, caller.institution(), "exchange", exchangeId);
            if (request.version() == null) {
                throw new ValidationFailed("version", "is required when re-linking; send the version you read");
            }
            if (link.version() != request.version()) {
                throw new OptimisticLockException("the participant link of " + exchangeId + " is at version " + link.version());
            }
            link.relink(pseudonym, calendar.now());
        }
        links.flush();
        return ParticipantLinkView.of(link);
    }
}

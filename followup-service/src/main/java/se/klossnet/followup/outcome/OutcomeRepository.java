package se.klossnet.followup.outcome;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.UUID;
import se.klossnet.events.followup.OutcomeSide;
import se.klossnet.events.followup.OutcomeType;

@ApplicationScoped
public class OutcomeRepository implements PanacheRepositoryBase<Outcome, UUID> {

    /** The filters of an outcome list; null means "any". {@code participant} limits to that person's exchanges. */
    record Filter(String participant, String exchangeId, String programmeId, OutcomeType type, OutcomeSide side,
                  LocalDate from, LocalDate to) {
    }

    PanacheQuery<Outcome> search(String institution, Filter filter) {
        StringBuilder query = new StringBuilder("institution = :institution");
        Parameters parameters = Parameters.with("institution", institution);
        if (filter.participant() != null) {
            query.append(" and (exchangeId in (select e.id from FollowedExchange e where e.participantPseudonym = :me)"
                    + " or exchangeId in (select l.exchangeId from ParticipantLink l where l.pseudonym = :me))");
            parameters.and("me", filter.participant());
        }
        if (filter.exchangeId() != null) {
            query.append(" and exchangeId = :exchangeId");
            parameters.and("exchangeId", filter.exchangeId());
        }
        if (filter.programmeId() != null) {
            query.append(" and exchangeId in (select e.id from FollowedExchange e where e.programmeId = :programmeId)");
            parameters.and("programmeId", filter.programmeId());
        }
        if (filter.type() != null) {
            query.append(" and type = :type");
            parameters.and("type", filter.type());
        }
        if (filter.side() != null) {
            query.append(" and side = :side");
            parameters.and("side", filter.side());
        }
        if (filter.from() != null) {
            query.append(" and occurredOn >= :from");
            parameters.and("from", filter.from());
        }
        if (filter.to() != null) {
            query.append(" and occurredOn <= :to");
            parameters.and("to", filter.to());
        }
        return find(query.toString(), Sort.descending("occurredOn").and("reportedAt", Sort.Direction.Descending),
                parameters);
    }
}

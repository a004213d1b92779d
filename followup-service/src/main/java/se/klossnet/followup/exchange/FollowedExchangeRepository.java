package se.klossnet.followup.exchange;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import se.klossnet.events.Direction;

@ApplicationScoped
public class FollowedExchangeRepository implements PanacheRepositoryBase<FollowedExchange, String> {

    /**
     * The institution's exchanges, most recently changed first.
     *
     * @param participant when not null, only the exchanges of this participant (pseudonym)
     */
    PanacheQuery<FollowedExchange> search(String institution, String participant, ExchangeState state,
                                          String programmeId, Direction direction) {
        StringBuilder query = new StringBuilder("institution = :institution");
        Parameters parameters = Parameters.with("institution", institution);
        if (participant != null) {
            query.append(" and (participantPseudonym = :participant or id in "
                    + "(select l.exchangeId from ParticipantLink l where l.pseudonym = :participant))");
            parameters.and("participant", participant);
        }
        if (state != null) {
            query.append(" and state = :state");
            parameters.and("state", state);
        }
        if (programmeId != null) {
            query.append(" and programmeId = :programmeId");
            parameters.and("programmeId", programmeId);
        }
        if (direction != null) {
            query.append(" and direction = :direction");
            parameters.and("direction", direction);
        }
        return find(query.toString(), Sort.descending("updatedAt").and("id"), parameters);
    }
}

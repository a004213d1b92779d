package se.klossnet.followup.dissemination;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class DisseminationActivityRepository implements PanacheRepositoryBase<DisseminationActivity, UUID> {

    PanacheQuery<DisseminationActivity> search(String exchangeId, ActivityType type, LocalDate from, LocalDate to) {
        StringBuilder query = new StringBuilder("exchangeId = :exchangeId");
        Parameters parameters = Parameters.with("exchangeId", exchangeId);
        if (type != null) {
            query.append(" and type = :type");
            parameters.and("type", type);
        }
        if (from != null) {
            query.append(" and heldOn >= :from");
            parameters.and("from", from);
        }
        if (to != null) {
            query.append(" and heldOn <= :to");
            parameters.and("to", to);
        }
        return find(query.toString(), Sort.descending("heldOn").and("createdAt", Sort.Direction.Descending), parameters);
    }

    /** How many activities of each type an exchange has done. */
    Map<ActivityType, Integer> doneByType(String exchangeId) {
        List<Object[]> rows = getEntityManager().createQuery(
                        "select a.type, count(a) from DisseminationActivity a where a.exchangeId = :exchangeId group by a.type",
                        Object[].class)
                .setParameter("exchangeId", exchangeId).getResultList();
        Map<ActivityType, Integer> done = new EnumMap<>(ActivityType.class);
        rows.forEach(row -> done.put((ActivityType) row[0], ((Number) row[1]).intValue()));
        return done;
    }
}

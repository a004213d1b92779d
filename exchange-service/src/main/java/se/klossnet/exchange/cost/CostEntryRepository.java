package se.klossnet.exchange.cost;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class CostEntryRepository implements PanacheRepositoryBase<CostEntry, UUID> {

    Optional<CostEntry> byExternalRef(String institution, String externalRef) {
        return find("institution = ?1 and externalRef = ?2", institution, externalRef).firstResultOptional();
    }

    /** Actual costs of an exchange per type; every type is present, zero when nothing was booked. */
    Map<CostType, BigDecimal> actualByType(UUID exchangeId) {
        Map<CostType, BigDecimal> actual = new EnumMap<>(CostType.class);
        for (CostType type : CostType.values()) {
            actual.put(type, BigDecimal.ZERO.setScale(2));
        }
        List<Object[]> rows = getEntityManager()
                .createQuery("select c.type, sum(c.amountSek) from CostEntry c where c.exchangeId = :id group by c.type",
                        Object[].class)
                .setParameter("id", exchangeId).getResultList();
        rows.forEach(row -> actual.put((CostType) row[0], (BigDecimal) row[1]));
        return actual;
    }

    PanacheQuery<CostEntry> search(UUID exchangeId, CostType type, LocalDate from, LocalDate to) {
        StringBuilder query = new StringBuilder("exchangeId = :exchangeId");
        Parameters parameters = Parameters.with("exchangeId", exchangeId);
        if (type != null) {
            query.append(" and type = :type");
            parameters.and("type", type);
        }
        if (from != null) {
            query.append(" and bookedOn >= :from");
            parameters.and("from", from);
        }
        if (to != null) {
            query.append(" and bookedOn <= :to");
            parameters.and("to", to);
        }
        return find(query.toString(), Sort.ascending("bookedOn").and("recordedAt").and("id"), parameters);
    }

    /** The institution's costs booked in a period, in booking order: what the SIE export writes. */
    public List<CostEntry> inPeriod(String institution, LocalDate from, LocalDate to) {
        return list("institution = ?1 and bookedOn >= ?2 and bookedOn <= ?3",
                Sort.ascending("bookedOn").and("recordedAt").and("id"), institution, from, to);
    }
}

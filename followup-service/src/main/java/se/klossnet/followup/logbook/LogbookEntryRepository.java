package se.klossnet.followup.logbook;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.UUID;

@ApplicationScoped
public class LogbookEntryRepository implements PanacheRepositoryBase<LogbookEntry, UUID> {

    PanacheQuery<LogbookEntry> search(String exchangeId, LocalDate from, LocalDate to, String tag, Boolean shared) {
        StringBuilder query = new StringBuilder("exchangeId = :exchangeId");
        Parameters parameters = Parameters.with("exchangeId", exchangeId);
        if (from != null) {
            query.append(" and writtenOn >= :from");
            parameters.and("from", from);
        }
        if (to != null) {
            query.append(" and writtenOn <= :to");
            parameters.and("to", to);
        }
        if (shared != null) {
            query.append(" and shared = :shared");
            parameters.and("shared", shared);
        }
        if (tag != null) {
            // tags is a jsonb array of strings; jsonb_exists (the "?" operator) is an exact match on an element
            query.append(" and function('jsonb_exists', tags, :tag) = true");
            parameters.and("tag", tag);
        }
        return find(query.toString(), Sort.descending("writtenOn").and("createdAt", Sort.Direction.Descending), parameters);
    }

    /** Count, shared count, first and last day written. */
    Object[] outline(String exchangeId) {
        return getEntityManager().createQuery("""
                        select count(e), coalesce(sum(case when e.shared = true then 1 else 0 end), 0),
                               min(e.writtenOn), max(e.writtenOn)
                        from LogbookEntry e where e.exchangeId = :exchangeId""", Object[].class)
                .setParameter("exchangeId", exchangeId).getSingleResult();
    }
}

package se.klossnet.call.call;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class CallRepository implements PanacheRepositoryBase<Call, UUID> {

    /** The call, locked for update until the transaction ends: for decisions that must see every earlier grant. */
    public Optional<Call> lockedById(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    PanacheQuery<Call> search(String institution, boolean withDrafts, CallFilter filter, Sort sort) {
        StringBuilder query = new StringBuilder("institution = :institution");
        Parameters parameters = Parameters.with("institution", institution);
        if (!withDrafts) {
            query.append(" and status <> :draft");
            parameters.and("draft", CallStatus.DRAFT);
        }
        if (filter.status() != null) {
            query.append(" and status = :status");
            parameters.and("status", filter.status());
        }
        if (filter.programmeId() != null) {
            query.append(" and programmeId = :programmeId");
            parameters.and("programmeId", filter.programmeId());
        }
        if (filter.from() != null) {
            query.append(" and closesAt > :from");
            parameters.and("from", filter.from());
        }
        if (filter.to() != null) {
            query.append(" and opensAt < :to");
            parameters.and("to", filter.to());
        }
        if (filter.text() != null) {
            query.append(" and (lower(titleSv) like :text escape '\\' or lower(titleEn) like :text escape '\\'"
                    + " or lower(descriptionSv) like :text escape '\\' or lower(descriptionEn) like :text escape '\\')");
            parameters.and("text", filter.text());
        }
        return find(query.toString(), sort, parameters);
    }

    /** Published calls still taking applications (or about to): what the public list shows. */
    PanacheQuery<Call> openCalls(String institution, Instant now) {
        return find("institution = ?1 and status = ?2 and closesAt > ?3", Sort.ascending("closesAt").and("id"),
                institution, CallStatus.OPEN, now);
    }

    /** Open calls whose deadline has passed at {@code now}, across every institution of this node. */
    @Transactional
    List<UUID> dueAt(Instant now) {
        return getEntityManager().createQuery(
                        "select c.id from MobilityCall c where c.status = :open and c.closesAt <= :now order by c.closesAt",
                        UUID.class)
                .setParameter("open", CallStatus.OPEN).setParameter("now", now).getResultList();
    }
}

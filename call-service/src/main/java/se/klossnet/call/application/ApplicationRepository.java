package se.klossnet.call.application;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ApplicationRepository implements PanacheRepositoryBase<Application, UUID> {

    private static final List<ApplicationStatus> UNDECIDED = List.of(ApplicationStatus.SUBMITTED,
            ApplicationStatus.ENDORSED, ApplicationStatus.ENDORSEMENT_DECLINED);
    private static final List<ApplicationStatus> STANDING = List.of(ApplicationStatus.SUBMITTED,
            ApplicationStatus.ENDORSED, ApplicationStatus.ENDORSEMENT_DECLINED, ApplicationStatus.GRANTED,
            ApplicationStatus.REJECTED);

    /**
     * @param me       the caller's pseudonym, or null when they have none yet (and so no applications)
     * @param overseer whether the caller sees the institution's submitted applications (coordinators, managers)
     */
    PanacheQuery<Application> search(String institution, String me, boolean overseer, ApplicationFilter filter, Sort sort) {
        StringBuilder query = new StringBuilder("institution = :institution");
        Parameters parameters = Parameters.with("institution", institution).and("me", me == null ? "" : me);
        query.append(overseer ? " and (status <> :draft or applicantPseudonym = :me)" : " and applicantPseudonym = :me");
        if (overseer) {
            parameters.and("draft", ApplicationStatus.DRAFT);
        }
        if (filter.callId() != null) {
            query.append(" and callId = :callId");
            parameters.and("callId", filter.callId());
        }
        if (filter.status() != null) {
            query.append(" and status = :status");
            parameters.and("status", filter.status());
        }
        if (filter.from() != null) {
            query.append(" and submittedAt >= :from");
            parameters.and("from", filter.from());
        }
        if (filter.to() != null) {
            query.append(" and submittedAt < :to");
            parameters.and("to", filter.to());
        }
        if (filter.text() != null) {
            query.append(" and (lower(host.name) like :text escape '\\' or lower(purpose) like :text escape '\\')");
            parameters.and("text", filter.text());
        }
        return find(query.toString(), sort, parameters);
    }

    /** The call's applications that have been submitted and not withdrawn, decided or not. */
    public List<Application> standingIn(UUID callId) {
        return list("callId = ?1 and status in ?2", Sort.ascending("submittedAt").and("id"), callId, STANDING);
    }

    int countStanding(UUID callId) {
        return (int) count("callId = ?1 and status in ?2", callId, STANDING);
    }

    int countUndecided(UUID callId) {
        return (int) count("callId = ?1 and status in ?2", callId, UNDECIDED);
    }

    /** The sum granted so far in the call. */
    public BigDecimal grantedIn(UUID callId) {
        BigDecimal sum = getEntityManager().createQuery(
                        "select sum(a.grantedSek) from Application a where a.callId = :call and a.status = :granted",
                        BigDecimal.class)
                .setParameter("call", callId).setParameter("granted", ApplicationStatus.GRANTED).getSingleResult();
        return sum == null ? BigDecimal.ZERO : sum;
    }
}

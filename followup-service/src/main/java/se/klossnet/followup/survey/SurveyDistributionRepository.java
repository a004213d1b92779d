package se.klossnet.followup.survey;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import se.klossnet.events.followup.RespondentRole;

@ApplicationScoped
public class SurveyDistributionRepository implements PanacheRepositoryBase<SurveyDistribution, UUID> {

    /** The filters of a distribution list; null means "any". */
    record Filter(String exchangeId, DistributionStatus status, RespondentRole role, SurveyRound round,
                  Instant remindedSince) {
    }

    PanacheQuery<SurveyDistribution> search(String institution, Filter filter) {
        StringBuilder query = new StringBuilder("institution = :institution");
        Parameters parameters = Parameters.with("institution", institution);
        if (filter.exchangeId() != null) {
            query.append(" and exchangeId = :exchangeId");
            parameters.and("exchangeId", filter.exchangeId());
        }
        if (filter.status() != null) {
            query.append(" and status = :status");
            parameters.and("status", filter.status());
        }
        if (filter.role() != null) {
            query.append(" and respondentRole = :role");
            parameters.and("role", filter.role());
        }
        if (filter.round() != null) {
            query.append(" and round = :round");
            parameters.and("round", filter.round());
        }
        if (filter.remindedSince() != null) {
            query.append(" and lastRemindedAt >= :remindedSince");
            parameters.and("remindedSince", filter.remindedSince());
        }
        return find(query.toString(), Sort.descending("createdAt").and("id"), parameters);
    }

    /** The participant's own surveys: those of the exchanges they are the participant of. */
    PanacheQuery<SurveyDistribution> ofParticipant(String institution, String pseudonym, DistributionStatus status) {
        StringBuilder query = new StringBuilder("""
                institution = :institution and respondentRole = :role and status <> :scheduled
                and (exchangeId in (select e.id from FollowedExchange e where e.participantPseudonym = :me)
                     or exchangeId in (select l.exchangeId from ParticipantLink l where l.pseudonym = :me))""");
        Parameters parameters = Parameters.with("institution", institution).and("role", RespondentRole.PARTICIPANT)
                .and("scheduled", DistributionStatus.SCHEDULED).and("me", pseudonym);
        if (status != null) {
            query.append(" and status = :status");
            parameters.and("status", status);
        }
        return find(query.toString(), Sort.descending("createdAt").and("id"), parameters);
    }

    Optional<SurveyDistribution> automatic(String exchangeId, SurveyRound round, RespondentRole role) {
        return find("exchangeId = ?1 and round = ?2 and respondentRole = ?3", exchangeId, round, role)
                .firstResultOptional();
    }

    /** The distribution a link's token belongs to, locked so that two submissions of one link queue up. */
    Optional<SurveyDistribution> byTokenHashForUpdate(String tokenHash) {
        return find("linkTokenHash", tokenHash).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    Optional<SurveyDistribution> byTokenHash(String tokenHash) {
        return find("linkTokenHash", tokenHash).firstResultOptional();
    }

    /**
     * Withdraws what is still pending. A bulk update, so that it never fails on a row a user touched at the same
     * moment: PostgreSQL re-checks the condition after the other transaction commits.
     */
    int withdrawPending(String exchangeId, Instant at) {
        return update("status = ?1, withdrawnAt = ?2, version = version + 1 where exchangeId = ?3 and status in ?4",
                DistributionStatus.WITHDRAWN, at, exchangeId, List.of(DistributionStatus.SCHEDULED, DistributionStatus.OPEN));
    }

    List<UUID> dueToOpen(LocalDate today) {
        return getEntityManager().createQuery("""
                        select d.id from SurveyDistribution d where d.status = :scheduled and d.opensOn <= :today
                        order by d.opensOn, d.id""", UUID.class)
                .setParameter("scheduled", DistributionStatus.SCHEDULED).setParameter("today", today)
                .getResultList();
    }

    /** Marks a reminder on every open survey that has waited long enough and has reminders left. */
    int remind(Instant now, Instant waitedSince, int maxReminders) {
        return update("""
                remindersSent = remindersSent + 1, lastRemindedAt = ?1, version = version + 1
                where status = ?2 and remindersSent < ?3 and coalesce(lastRemindedAt, openedAt) <= ?4""",
                now, DistributionStatus.OPEN, maxReminders, waitedSince);
    }
}

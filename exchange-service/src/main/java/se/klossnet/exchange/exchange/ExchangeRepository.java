package se.klossnet.exchange.exchange;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import se.klossnet.events.Direction;

@ApplicationScoped
public class ExchangeRepository implements PanacheRepositoryBase<Exchange, UUID> {

    /** The filters of the exchange list; null means "any". */
    public record Filter(ExchangeStatus status, Direction direction, String programmeId, String applicationId,
                         LocalDate startsFrom, LocalDate startsTo) {
    }

    /** Who may be listed: everyone of the institution, or only what names this account. */
    public record Audience(String institution, String account, boolean wholeInstitution, boolean asParticipant,
                           boolean asManager) {
    }

    /** Whether another institution than {@code institution} has an exchange under this programme: the programme is theirs. */
    public boolean programmeBelongsToAnother(String institution, String programmeId) {
        return count("programmeId = ?1 and institution <> ?2", programmeId, institution) > 0;
    }

    Optional<Exchange> byApplication(String institution, String applicationId) {
        return find("institution = ?1 and applicationId = ?2", institution, applicationId).firstResultOptional();
    }

    PanacheQuery<Exchange> search(Audience audience, Filter filter) {
        StringBuilder query = new StringBuilder("institution = :institution");
        Parameters parameters = Parameters.with("institution", audience.institution());
        if (!audience.wholeInstitution()) {
            query.append(" and (1 = 0");
            if (audience.asParticipant()) {
                query.append(" or participantAccount = :account");
            }
            if (audience.asManager()) {
                query.append(" or hostManager = :account");
            }
            query.append(")");
            parameters.and("account", audience.account());
        }
        if (filter.status() != null) {
            query.append(" and status = :status");
            parameters.and("status", filter.status());
        }
        if (filter.direction() != null) {
            query.append(" and direction = :direction");
            parameters.and("direction", filter.direction());
        }
        if (filter.programmeId() != null) {
            query.append(" and programmeId = :programmeId");
            parameters.and("programmeId", filter.programmeId());
        }
        if (filter.applicationId() != null) {
            query.append(" and applicationId = :applicationId");
            parameters.and("applicationId", filter.applicationId());
        }
        if (filter.startsFrom() != null) {
            query.append(" and plannedStart >= :startsFrom");
            parameters.and("startsFrom", filter.startsFrom());
        }
        if (filter.startsTo() != null) {
            query.append(" and plannedStart <= :startsTo");
            parameters.and("startsTo", filter.startsTo());
        }
        return find(query.toString(), Sort.descending("createdAt").and("id"), parameters);
    }

    /** Signed exchanges whose start date has come. */
    List<UUID> dueToStart(LocalDate today) {
        return find("status = ?1 and plannedStart <= ?2", ExchangeStatus.AGREEMENT_SIGNED, today)
                .project(IdOnly.class).list().stream().map(IdOnly::id).toList();
    }

    /** Ongoing exchanges whose last day has passed. */
    List<UUID> dueToComplete(LocalDate today) {
        return find("status = ?1 and plannedEnd < ?2", ExchangeStatus.ONGOING, today)
                .project(IdOnly.class).list().stream().map(IdOnly::id).toList();
    }

    /** A projection, so that the calendar reads ids only. */
    public record IdOnly(UUID id) {
    }
}

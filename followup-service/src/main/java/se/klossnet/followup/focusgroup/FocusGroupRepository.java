package se.klossnet.followup.focusgroup;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.UUID;

@ApplicationScoped
public class FocusGroupRepository implements PanacheRepositoryBase<FocusGroup, UUID> {

    PanacheQuery<FocusGroup> search(String institution, String programmeId, LocalDate from, LocalDate to, String theme) {
        StringBuilder query = new StringBuilder("institution = :institution");
        Parameters parameters = Parameters.with("institution", institution);
        if (programmeId != null) {
            query.append(" and programmeId = :programmeId");
            parameters.and("programmeId", programmeId);
        }
        if (from != null) {
            query.append(" and heldOn >= :from");
            parameters.and("from", from);
        }
        if (to != null) {
            query.append(" and heldOn <= :to");
            parameters.and("to", to);
        }
        if (theme != null) {
            query.append(" and function('jsonb_exists', themes, :theme) = true");
            parameters.and("theme", theme);
        }
        return find(query.toString(), Sort.descending("heldOn").and("createdAt", Sort.Direction.Descending), parameters);
    }
}

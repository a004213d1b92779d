package se.klossnet.call.programme;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import se.klossnet.events.Direction;
import se.klossnet.events.FundingSource;

@ApplicationScoped
public class ProgrammeRepository implements PanacheRepositoryBase<Programme, UUID> {

    /** The institution's programmes, newest first, optionally filtered by direction and funding source. */
    PanacheQuery<Programme> search(String institution, Direction direction, FundingSource fundingSource) {
        StringBuilder query = new StringBuilder("institution = :institution");
        Parameters parameters = Parameters.with("institution", institution);
        if (direction != null) {
            query.append(" and direction = :direction");
            parameters.and("direction", direction);
        }
        if (fundingSource != null) {
            query.append(" and fundingSource = :fundingSource");
            parameters.and("fundingSource", fundingSource);
        }
        return find(query.toString(), Sort.descending("createdAt").and("id"), parameters);
    }
}

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

    /**
     * The institution's programmes, optionally filtered by direction, funding source and a text in the name.
     *
     * @param text a LIKE pattern, lower case (null: none)
     */
    PanacheQuery<Programme> search(String institution, Direction direction, FundingSource fundingSource, String text,
                                   Sort sort) {
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
        if (text != null) {
            query.append(" and lower(name) like :text escape '\\'");
            parameters.and("text", text);
        }
        return find(query.toString(), sort, parameters);
    }
}

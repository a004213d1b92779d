package se.klossnet.followup.survey;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;
import se.klossnet.events.followup.RespondentRole;

@ApplicationScoped
public class SurveyTemplateRepository implements PanacheRepositoryBase<SurveyTemplate, UUID> {

    private static final String VISIBLE = "(institution is null or institution = :institution)";

    PanacheQuery<SurveyTemplate> search(String institution, String key, RespondentRole role) {
        StringBuilder query = new StringBuilder(VISIBLE);
        Parameters parameters = Parameters.with("institution", institution);
        if (key != null) {
            query.append(" and templateKey = :key");
            parameters.and("key", key);
        }
        if (role != null) {
            query.append(" and respondentRole = :role");
            parameters.and("role", role);
        }
        return find(query.toString(), Sort.ascending("templateKey").and("version", Sort.Direction.Descending)
                .and("id"), parameters);
    }

    /** The newest version of {@code key} the institution sees; on a tie its own version wins over the default. */
    Optional<SurveyTemplate> latest(String institution, String key) {
        return find(VISIBLE + " and templateKey = :key",
                Sort.descending("version").and("institution", Sort.Direction.Descending, Sort.NullPrecedence.NULLS_LAST),
                Parameters.with("institution", institution).and("key", key))
                .firstResultOptional();
    }
}

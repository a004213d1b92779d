package se.klossnet.followup.survey;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class SurveyResponseRepository implements PanacheRepositoryBase<SurveyResponse, UUID> {

    Optional<SurveyResponse> ofDistribution(UUID distributionId) {
        return find("distributionId", distributionId).firstResultOptional();
    }
}

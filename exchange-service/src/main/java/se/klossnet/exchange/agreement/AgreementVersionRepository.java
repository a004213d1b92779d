package se.klossnet.exchange.agreement;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class AgreementVersionRepository implements PanacheRepositoryBase<AgreementVersion, UUID> {

    Optional<AgreementVersion> latest(UUID exchangeId) {
        return find("exchangeId", Sort.descending("number"), exchangeId).firstResultOptional();
    }

    List<AgreementVersion> all(UUID exchangeId) {
        return list("exchangeId", Sort.ascending("number"), exchangeId);
    }
}

package se.klossnet.exchange.agreement;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class SignatureRepository implements PanacheRepositoryBase<Signature, UUID> {

    List<Signature> of(UUID agreementId) {
        return list("agreementId", Sort.ascending("signedAt").and("party"), agreementId);
    }
}

package se.klossnet.exchange.hr;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class HrNoticeRepository implements PanacheRepositoryBase<HrNotice, UUID> {

    PanacheQuery<HrNotice> search(String institution, HrNotice.Status status, String kind, UUID exchangeId) {
        StringBuilder query = new StringBuilder("institution = :institution");
        Parameters parameters = Parameters.with("institution", institution);
        if (status != null) {
            query.append(" and status = :status");
            parameters.and("status", status);
        }
        if (kind != null) {
            query.append(" and kind = :kind");
            parameters.and("kind", kind);
        }
        if (exchangeId != null) {
            query.append(" and exchangeId = :exchangeId");
            parameters.and("exchangeId", exchangeId);
        }
        return find(query.toString(), Sort.ascending("createdAt").and("id"), parameters);
    }
}

package se.klossnet.gateway.audit;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

@ApplicationScoped
public class AuditRepository implements PanacheRepositoryBase<AuditEntry, Long> {

    /** Entries of one institution (null: those of anonymous callers), newest first, within the optional filters. */
    PanacheQuery<AuditEntry> search(AuditQuery q) {
        StringBuilder query = new StringBuilder();
        Parameters parameters = new Parameters();
        if (q.institution() == null) {
            query.append("institution is null");
        } else {
            query.append("institution = :institution");
            parameters.and("institution", q.institution());
        }
        if (q.from() != null) {
            query.append(" and at >= :from");
            parameters.and("from", q.from());
        }
        if (q.to() != null) {
            query.append(" and at < :to");
            parameters.and("to", q.to());
        }
        if (q.subject() != null) {
            query.append(" and subject = :subject");
            parameters.and("subject", q.subject());
        }
        if (q.requestId() != null) {
            query.append(" and requestId = :requestId");
            parameters.and("requestId", q.requestId());
        }
        if (q.route() != null) {
            query.append(" and route = :route");
            parameters.and("route", q.route());
        }
        if (q.status() != null) {
            query.append(" and status = :status");
            parameters.and("status", q.status());
        }
        return find(query.toString(), Sort.descending("at").and("id", Sort.Direction.Descending), parameters);
    }

    /** The filters of an audit search. */
    record AuditQuery(String institution, Instant from, Instant to, String subject, String requestId, String route,
                      Integer status) {
    }
}

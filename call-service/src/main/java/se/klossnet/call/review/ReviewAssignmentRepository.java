package se.klossnet.call.review;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ReviewAssignmentRepository implements PanacheRepositoryBase<ReviewAssignment, UUID> {

    List<ReviewAssignment> ofApplication(UUID applicationId) {
        return list("applicationId", Sort.ascending("assignedAt").and("id"), applicationId);
    }

    List<ReviewAssignment> ofCall(UUID callId) {
        return list("callId", callId);
    }

    PanacheQuery<ReviewAssignment> ofReviewer(String institution, String reviewer, UUID callId, AssignmentStatus status) {
        StringBuilder query = new StringBuilder("institution = :institution and reviewerPseudonym = :reviewer");
        Parameters parameters = Parameters.with("institution", institution).and("reviewer", reviewer);
        if (callId != null) {
            query.append(" and callId = :callId");
            parameters.and("callId", callId);
        }
        if (status != null) {
            query.append(" and status = :status");
            parameters.and("status", status);
        }
        return find(query.toString(), Sort.descending("assignedAt").and("id"), parameters);
    }
}

package se.klossnet.call.review;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A reviewer's assignment as the coordinator sees it. */
public record AssignmentView(UUID id, UUID applicationId, String reviewer, String reviewerPseudonym,
                             AssignmentStatus status, String conflictReason, Instant declaredAt, List<Score> scores,
                             BigDecimal weightedTotal, Instant scoredAt, Instant assignedAt) {

    static AssignmentView of(ReviewAssignment a, String reviewerUsername, BigDecimal weightedTotal) {
        return new AssignmentView(a.id(), a.applicationId(), reviewerUsername, a.reviewerPseudonym(), a.status(),
                a.conflictReason(), a.declaredAt(), a.scores(), weightedTotal, a.scoredAt(), a.assignedAt());
    }
}

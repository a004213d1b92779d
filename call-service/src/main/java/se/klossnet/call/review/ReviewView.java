package se.klossnet.call.review;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import se.klossnet.call.application.ApplicationTerms;
import se.klossnet.call.call.CallTitle;
import se.klossnet.call.call.Criterion;

/**
 * A review as its reviewer sees it. Until the reviewer declares no conflict of interest, {@code application} is
 * null: they see only what the declaration needs, in {@code conflictCheck}.
 */
public record ReviewView(UUID id, UUID applicationId, UUID callId, CallTitle callTitle, AssignmentStatus status,
                         ConflictCheck conflictCheck, ApplicationTerms application, List<Criterion> criteria,
                         List<Score> scores, BigDecimal weightedTotal, Instant assignedAt, Instant declaredAt,
                         long version) {

    /**
     * Who and what a conflict of interest would be about: the applicant and the host organisation. Without these a
     * reviewer cannot know whether they are conflicted; everything else waits for the declaration.
     */
    public record ConflictCheck(String applicant, String hostOrganisation) {
    }
}

package se.klossnet.call.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import se.klossnet.call.call.Criterion;
import se.klossnet.platform.problem.AccessDenied;
import se.klossnet.platform.problem.StateConflict;
import se.klossnet.platform.scope.InstitutionOwned;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One reviewer on one application: the declaration of (no) conflict of interest first, then a score per criterion. */
@Entity
@Table(name = "review_assignment")
public class ReviewAssignment implements InstitutionOwned {

    @Id
    private UUID id;

    @Column(nullable = false, updatable = false)
    private String institution;

    @Column(name = "call_id", nullable = false, updatable = false)
    private UUID callId;

    @Column(name = "application_id", nullable = false, updatable = false)
    private UUID applicationId;

    @Column(name = "reviewer_pseudonym", nullable = false, updatable = false)
    private String reviewerPseudonym;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AssignmentStatus status;

    @Column(name = "conflict_reason")
    private String conflictReason;

    @Column(name = "declared_at")
    private Instant declaredAt;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private List<Score> scores = new ArrayList<>();

    @Column(name = "scored_at")
    private Instant scoredAt;

    @Column(name = "assigned_at", nullable = false, updatable = false)
    private Instant assignedAt;

    @Version
    private long version;

    protected ReviewAssignment() {
        // for JPA
    }

    static ReviewAssignment assign(String institution, UUID callId, UUID applicationId, String reviewerPseudonym,
                                   Instant now) {
        ReviewAssignment assignment = new ReviewAssignment();
        assignment.id = UUID.randomUUID();
        assignment.institution = institution;
        assignment.callId = callId;
        assignment.applicationId = applicationId;
        assignment.reviewerPseudonym = reviewerPseudonym;
        assignment.status = AssignmentStatus.AWAITING_DECLARATION;
        assignment.assignedAt = now;
        return assignment;
    }

    void declareNoConflict(Instant now) {
        requireUndeclared();
        status = AssignmentStatus.CLEARED;
        declaredAt = now;
    }

    /** A conflict takes the reviewer off the application; the coordinator may assign someone else. */
    void declareConflict(String reason, Instant now) {
        requireUndeclared();
        status = AssignmentStatus.CONFLICTED;
        conflictReason = reason.strip();
        declaredAt = now;
    }

    void score(List<Score> given, Instant now) {
        requireMayScore();
        scores = new ArrayList<>(given);
        scoredAt = now;
    }

    /** Only a reviewer who declared no conflict scores; a conflicted one is off the application. */
    void requireMayScore() {
        if (status == AssignmentStatus.CONFLICTED) {
            throw new AccessDenied("you declared a conflict of interest and no longer review this application");
        }
        if (status != AssignmentStatus.CLEARED) {
            throw new StateConflict("declare whether you have a conflict of interest before scoring");
        }
    }

    private void requireUndeclared() {
        if (status != AssignmentStatus.AWAITING_DECLARATION) {
            throw new StateConflict("the conflict-of-interest declaration was already made: " + status);
        }
    }

    /** Whether the reviewer still counts towards the call's reviewers per application. */
    boolean isActive() {
        return status != AssignmentStatus.CONFLICTED;
    }

    boolean isScored() {
        return status == AssignmentStatus.CLEARED && !scores.isEmpty();
    }

    /** The weighted total on the 1–5 scale, or null before scoring. */
    BigDecimal weightedTotal(List<Criterion> criteria) {
        return isScored() ? WeightedTotal.of(scores, criteria) : null;
    }

    public UUID id() {
        return id;
    }

    @Override
    public String institution() {
        return institution;
    }

    public UUID callId() {
        return callId;
    }

    public UUID applicationId() {
        return applicationId;
    }

    public String reviewerPseudonym() {
        return reviewerPseudonym;
    }

    public AssignmentStatus status() {
        return status;
    }

    public String conflictReason() {
        return conflictReason;
    }

    public Instant declaredAt() {
        return declaredAt;
    }

    public List<Score> scores() {
        return List.copyOf(scores);
    }

    public Instant scoredAt() {
        return scoredAt;
    }

    public Instant assignedAt() {
        return assignedAt;
    }

    public long version() {
        return version;
    }
}

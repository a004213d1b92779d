package se.klossnet.call.call;

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
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import se.klossnet.events.Direction;
import se.klossnet.events.call.CallClosed;
import se.klossnet.events.call.CallPublished;
import se.klossnet.platform.problem.ProblemException;
import se.klossnet.platform.problem.Problem.FieldError;
import se.klossnet.platform.problem.StateConflict;
import se.klossnet.platform.scope.InstitutionOwned;

/** A programme's call for applications, with its dates, budget, limits and evaluation criteria. */
@Entity(name = "MobilityCall")
@Table(name = "mobility_call")
public class Call implements InstitutionOwned {

    @Id
    private UUID id;

    @Column(nullable = false, updatable = false)
    private String institution;

    @Column(name = "programme_id", nullable = false)
    private UUID programmeId;

    // Copied from the programme when drafting or revising, and frozen once published: a call's rules (ALLIANCE
    // composition) must not change under the applicants' feet when someone edits the programme.
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Direction direction;

    @Column(name = "title_sv", nullable = false)
    private String titleSv;

    @Column(name = "title_en", nullable = false)
    private String titleEn;

    @Column(name = "description_sv", nullable = false)
    private String descriptionSv;

    @Column(name = "description_en", nullable = false)
    private String descriptionEn;

    @Column(name = "opens_at", nullable = false)
    private Instant opensAt;

    @Column(name = "closes_at", nullable = false)
    private Instant closesAt;

    @Column(name = "budget_sek", nullable = false)
    private BigDecimal budgetSek;

    @Column(name = "max_grant_sek", nullable = false)
    private BigDecimal maxGrantSek;

    @Column(name = "min_extent_percent", nullable = false)
    private int minExtentPercent;

    @Column(name = "max_extent_percent", nullable = false)
    private int maxExtentPercent;

    @Column(name = "min_months", nullable = false)
    private int minMonths;

    @Column(name = "max_months", nullable = false)
    private int maxMonths;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "eligible_staff_categories", nullable = false)
    private List<StaffCategory> eligibleStaffCategories = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private List<Criterion> criteria = new ArrayList<>();

    @Column(name = "reviewers_per_application", nullable = false)
    private int reviewersPerApplication;

    @Column(name = "endorsement_required", nullable = false)
    private boolean endorsementRequired;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CallStatus status;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "closed_by_deadline")
    private Boolean closedByDeadline;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "archived_at")
    private Instant archivedAt;

    @Version
    private long version;

    protected Call() {
        // for JPA
    }

    static Call draft(String institution, UUID programmeId, Direction direction, CallTerms terms, Instant now) {
        Call call = new Call();
        call.id = UUID.randomUUID();
        call.institution = institution;
        call.status = CallStatus.DRAFT;
        call.createdAt = now;
        call.apply(programmeId, direction, terms);
        return call;
    }

    void revise(UUID programmeId, Direction direction, CallTerms terms) {
        require(CallStatus.DRAFT, "revise");
        apply(programmeId, direction, terms);
    }

    CallPublished publish(Instant now) {
        require(CallStatus.DRAFT, "publish");
        List<FieldError> violations = PublicationPolicy.violations(this, now);
        if (!violations.isEmpty()) {
            throw new ProblemException(422, "call-not-publishable", "The call cannot be published",
                    "the call breaks " + violations.size() + " publication rule(s); correct the draft and publish again",
                    violations);
        }
        status = CallStatus.OPEN;
        publishedAt = now;
        return new CallPublished(id.toString(), programmeId.toString(), opensAt, closesAt, budgetSek, maxGrantSek);
    }

    CallClosed close(Instant now, boolean byDeadline, int applicationCount) {
        require(CallStatus.OPEN, "close");
        status = CallStatus.CLOSED;
        closedAt = now;
        closedByDeadline = byDeadline;
        return new CallClosed(id.toString(), programmeId.toString(), now, byDeadline, applicationCount);
    }

    /** Every application has its decision. There is no event for this in the contract: the decisions are the facts. */
    public void markDecided(Instant now) {
        require(CallStatus.CLOSED, "mark as decided");
        status = CallStatus.DECIDED;
        decidedAt = now;
    }

    void archive(Instant now) {
        require(CallStatus.DECIDED, "archive");
        status = CallStatus.ARCHIVED;
        archivedAt = now;
    }

    /** Whether an application may be submitted at {@code now}: published, and inside the application window. */
    public boolean acceptsApplicationsAt(Instant now) {
        return status == CallStatus.OPEN && !now.isBefore(opensAt) && now.isBefore(closesAt);
    }

    /** Whether the deadline closer should close it at {@code now}. */
    boolean isDueAt(Instant now) {
        return status == CallStatus.OPEN && !closesAt.isAfter(now);
    }

    private void require(CallStatus expected, String action) {
        if (status != expected) {
            throw new StateConflict("cannot " + action + " call " + id + ": it is " + status + ", not " + expected);
        }
    }

    private void apply(UUID programmeId, Direction direction, CallTerms terms) {
        this.programmeId = programmeId;
        this.direction = direction;
        this.titleSv = terms.title().sv().strip();
        this.titleEn = terms.title().en().strip();
        this.descriptionSv = terms.description().sv().strip();
        this.descriptionEn = terms.description().en().strip();
        this.opensAt = terms.opensAt();
        this.closesAt = terms.closesAt();
        this.budgetSek = terms.budgetSek();
        this.maxGrantSek = terms.maxGrantSek();
        this.minExtentPercent = terms.minExtentPercent();
        this.maxExtentPercent = terms.maxExtentPercent();
        this.minMonths = terms.minMonths();
        this.maxMonths = terms.maxMonths();
        this.eligibleStaffCategories = new ArrayList<>(terms.staffCategoriesOrDefault());
        this.criteria = new ArrayList<>(terms.criteriaOrDefault());
        this.reviewersPerApplication = terms.reviewersOrDefault();
        this.endorsementRequired = terms.endorsementRequiredOrDefault();
    }

    public UUID id() {
        return id;
    }

    @Override
    public String institution() {
        return institution;
    }

    public UUID programmeId() {
        return programmeId;
    }

    public Direction direction() {
        return direction;
    }

    public String titleSv() {
        return titleSv;
    }

    public String titleEn() {
        return titleEn;
    }

    public String descriptionSv() {
        return descriptionSv;
    }

    public String descriptionEn() {
        return descriptionEn;
    }

    public Instant opensAt() {
        return opensAt;
    }

    public Instant closesAt() {
        return closesAt;
    }

    public BigDecimal budgetSek() {
        return budgetSek;
    }

    public BigDecimal maxGrantSek() {
        return maxGrantSek;
    }

    public int minExtentPercent() {
        return minExtentPercent;
    }

    public int maxExtentPercent() {
        return maxExtentPercent;
    }

    public int minMonths() {
        return minMonths;
    }

    public int maxMonths() {
        return maxMonths;
    }

    public List<StaffCategory> eligibleStaffCategories() {
        return List.copyOf(eligibleStaffCategories);
    }

    public List<Criterion> criteria() {
        return List.copyOf(criteria);
    }

    public int reviewersPerApplication() {
        return reviewersPerApplication;
    }

    public boolean endorsementRequired() {
        return endorsementRequired;
    }

    public CallStatus status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public Boolean closedByDeadline() {
        return closedByDeadline;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public Instant archivedAt() {
        return archivedAt;
    }

    public long version() {
        return version;
    }
}

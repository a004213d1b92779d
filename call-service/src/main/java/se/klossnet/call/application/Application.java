package se.klossnet.call.application;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import se.klossnet.call.call.Call;
import se.klossnet.call.call.StaffCategory;
import se.klossnet.events.Direction;
import se.klossnet.events.HostOrganisation;
import se.klossnet.events.call.ApplicationEndorsed;
import se.klossnet.events.call.ApplicationGranted;
import se.klossnet.events.call.ApplicationRejected;
import se.klossnet.events.call.ApplicationSubmitted;
import se.klossnet.events.call.ApplicationWithdrawn;
import se.klossnet.platform.problem.StateConflict;
import se.klossnet.platform.scope.InstitutionOwned;

/** A staff member's application to a call, from draft to decision. The applicant is known by pseudonym only. */
@Entity
@Table(name = "application")
public class Application implements InstitutionOwned {

    @Id
    private UUID id;

    @Column(nullable = false, updatable = false)
    private String institution;

    @Column(name = "call_id", nullable = false, updatable = false)
    private UUID callId;

    @Column(name = "programme_id", nullable = false, updatable = false)
    private UUID programmeId;

    @Column(name = "applicant_pseudonym", nullable = false, updatable = false)
    private String applicantPseudonym;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ApplicationStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "staff_category", nullable = false)
    private StaffCategory staffCategory;

    @Embedded
    private Host host;

    @Column(name = "planned_start", nullable = false)
    private LocalDate plannedStart;

    @Column(name = "planned_end", nullable = false)
    private LocalDate plannedEnd;

    @Column(name = "extent_percent", nullable = false)
    private int extentPercent;

    @Column(name = "salary_sek", nullable = false)
    private BigDecimal salarySek;

    @Column(name = "travel_sek", nullable = false)
    private BigDecimal travelSek;

    @Column(name = "other_sek", nullable = false)
    private BigDecimal otherSek;

    @Column(name = "requested_sek", nullable = false)
    private BigDecimal requestedSek;

    @Column(nullable = false)
    private String purpose;

    @Column(name = "mutual_value", nullable = false)
    private String mutualValue;

    @Column(name = "student_involvement", nullable = false)
    private String studentInvolvement;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "dissemination_plan", nullable = false)
    private DisseminationPlan disseminationPlan;

    @Column(name = "alliance_duration_months")
    private Integer allianceDurationMonths;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private List<PartnerTerms> partners = new ArrayList<>();

    @Column(name = "endorsed")
    private Boolean endorsed;

    @Column(name = "endorsed_by")
    private String endorsedBy;

    @Column(name = "endorsement_comment")
    private String endorsementComment;

    @Column(name = "endorsement_at")
    private Instant endorsementAt;

    @Column(name = "granted_sek")
    private BigDecimal grantedSek;

    @Column(name = "decision_motivation")
    private String decisionMotivation;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Version
    private long version;

    protected Application() {
        // for JPA
    }

    static Application draft(Call call, String applicantPseudonym, ApplicationTerms terms, Instant now) {
        Application application = new Application();
        application.id = UUID.randomUUID();
        application.institution = call.institution();
        application.callId = call.id();
        application.programmeId = call.programmeId();
        application.applicantPseudonym = applicantPseudonym;
        application.status = ApplicationStatus.DRAFT;
        application.createdAt = now;
        application.apply(terms);
        return application;
    }

    void revise(ApplicationTerms terms) {
        require(ApplicationStatus.DRAFT, "revise");
        apply(terms);
    }

    ApplicationSubmitted submit(Instant now) {
        require(ApplicationStatus.DRAFT, "submit");
        status = ApplicationStatus.SUBMITTED;
        submittedAt = now;
        return new ApplicationSubmitted(id.toString(), callId.toString(), programmeId.toString(), applicantPseudonym,
                host.forEvents(), extentPercent, terms().months(), requestedSek);
    }

    ApplicationWithdrawn withdraw(Instant now) {
        if (!status.awaitsDecision()) {
            throw new StateConflict("cannot withdraw application " + id + ": it is " + status
                    + "; only a submitted application can be withdrawn, until its decision (discard a draft instead)");
        }
        status = ApplicationStatus.WITHDRAWN;
        withdrawnAt = now;
        return new ApplicationWithdrawn(id.toString(), callId.toString());
    }

    public ApplicationEndorsed endorse(String managerPseudonym, String comment, Instant now) {
        recordEndorsement(true, managerPseudonym, comment, now);
        status = ApplicationStatus.ENDORSED;
        return new ApplicationEndorsed(id.toString(), callId.toString(), managerPseudonym);
    }

    /** The manager does not support it. The contract has no event for this; the missing endorsement is the fact. */
    public void declineEndorsement(String managerPseudonym, String comment, Instant now) {
        recordEndorsement(false, managerPseudonym, comment, now);
        status = ApplicationStatus.ENDORSEMENT_DECLINED;
    }

    private void recordEndorsement(boolean given, String managerPseudonym, String comment, Instant now) {
        require(ApplicationStatus.SUBMITTED, "endorse or decline");
        endorsed = given;
        endorsedBy = managerPseudonym;
        endorsementComment = comment.strip();
        endorsementAt = now;
    }

    /** Whether reviewers may score it: endorsed, or submitted to a call that does not ask for endorsement. */
    public boolean isReviewable(boolean endorsementRequired) {
        return status == ApplicationStatus.ENDORSED || status == ApplicationStatus.SUBMITTED && !endorsementRequired;
    }

    public ApplicationGranted grant(Direction direction, boolean endorsementRequired, BigDecimal amount,
                                    String motivation, String coordinatorPseudonym, Instant now) {
        if (!isReviewable(endorsementRequired)) {
            throw new StateConflict("cannot grant application " + id + ": it is " + status
                    + (endorsementRequired && status == ApplicationStatus.SUBMITTED ? " and not yet endorsed" : ""));
        }
        decide(ApplicationStatus.GRANTED, motivation, coordinatorPseudonym, now);
        grantedSek = amount;
        List<HostOrganisation> consortium = direction == Direction.ALLIANCE
                ? partners.stream().map(p -> new HostOrganisation(p.effectiveSector(), p.country(),
                        OrganisationNumber.normalise(p.organisationNumber()), null)).toList()
                : List.of();
        return new ApplicationGranted(id.toString(), callId.toString(), programmeId.toString(), direction,
                applicantPseudonym, host.forEvents(), plannedStart, plannedEnd, extentPercent, amount,
                disseminationPlan.topicCodes(), consortium);
    }

    public ApplicationRejected reject(String motivation, String coordinatorPseudonym, Instant now) {
        if (!status.awaitsDecision()) {
            throw new StateConflict("cannot reject application " + id + ": it is " + status);
        }
        decide(ApplicationStatus.REJECTED, motivation, coordinatorPseudonym, now);
        return new ApplicationRejected(id.toString(), callId.toString());
    }

    private void decide(ApplicationStatus outcome, String motivation, String coordinatorPseudonym, Instant now) {
        status = outcome;
        decisionMotivation = motivation.strip();
        decidedBy = coordinatorPseudonym;
        decidedAt = now;
    }

    private void require(ApplicationStatus expected, String action) {
        if (status != expected) {
            throw new StateConflict("cannot " + action + " application " + id + ": it is " + status + ", not " + expected);
        }
    }

    private void apply(ApplicationTerms terms) {
        staffCategory = terms.staffCategory();
        host = Host.of(terms.host());
        plannedStart = terms.plannedStart();
        plannedEnd = terms.plannedEnd();
        extentPercent = terms.extentPercent();
        salarySek = terms.budget().salarySek();
        travelSek = terms.budget().travelSek();
        otherSek = terms.budget().otherSek();
        requestedSek = terms.requestedSek();
        purpose = terms.purpose().strip();
        mutualValue = terms.mutualValue().strip();
        studentInvolvement = terms.studentInvolvement().strip();
        disseminationPlan = terms.disseminationPlan();
        allianceDurationMonths = terms.alliance() == null ? null : terms.alliance().durationMonths();
        partners = terms.alliance() == null ? new ArrayList<>() : new ArrayList<>(terms.alliance().partners());
    }

    /** The application's content as the applicant wrote it, without a version: for eligibility checks and views. */
    public ApplicationTerms terms() {
        AllianceTerms alliance = allianceDurationMonths == null ? null : new AllianceTerms(allianceDurationMonths, List.copyOf(partners));
        return new ApplicationTerms(staffCategory, host.terms(), plannedStart, plannedEnd, extentPercent,
                new BudgetTerms(salarySek, travelSek, otherSek), purpose, mutualValue, studentInvolvement,
                disseminationPlan, alliance, null);
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

    public UUID programmeId() {
        return programmeId;
    }

    public String applicantPseudonym() {
        return applicantPseudonym;
    }

    public ApplicationStatus status() {
        return status;
    }

    public Host host() {
        return host;
    }

    public BigDecimal requestedSek() {
        return requestedSek;
    }

    public Boolean endorsed() {
        return endorsed;
    }

    public String endorsedBy() {
        return endorsedBy;
    }

    public String endorsementComment() {
        return endorsementComment;
    }

    public Instant endorsementAt() {
        return endorsementAt;
    }

    public BigDecimal grantedSek() {
        return grantedSek;
    }

    public String decisionMotivation() {
        return decisionMotivation;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public Instant withdrawnAt() {
        return withdrawnAt;
    }

    public long version() {
        return version;
    }
}

package se.klossnet.exchange.exchange;

import jakarta.persistence.Column;
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
import se.klossnet.events.Direction;
import se.klossnet.events.HostOrganisation;
import se.klossnet.events.call.ApplicationGranted;
import se.klossnet.events.exchange.AgreementSigned;
import se.klossnet.events.exchange.CancellationReason;
import se.klossnet.events.exchange.ExchangeCancelled;
import se.klossnet.events.exchange.ExchangeCompleted;
import se.klossnet.events.exchange.ExchangeEvent;
import se.klossnet.events.exchange.ExchangeExtended;
import se.klossnet.events.exchange.ExchangePlanned;
import se.klossnet.events.exchange.ExchangeStarted;
import se.klossnet.platform.problem.StateConflict;
import se.klossnet.platform.scope.InstitutionOwned;

/**
 * A granted (or fast-tracked) exchange and its lifecycle: PLANNED → AGREEMENT_SIGNED → ONGOING → COMPLETED, or
 * CANCELLED from any open state. Each transition returns the events it causes; the caller records them.
 */
@Entity
@Table(name = "exchange")
public class Exchange implements InstitutionOwned {

    @Id
    private UUID id;

    @Column(nullable = false, updatable = false)
    private String institution;

    @Column(name = "application_id", updatable = false)
    private String applicationId;

    @Column(name = "programme_id", nullable = false, updatable = false)
    private String programmeId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Direction direction;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ExchangeStatus status;

    @Column(name = "participant_pseudonym", nullable = false, updatable = false)
    private String participantPseudonym;

    @Column(name = "participant_account")
    private String participantAccount;

    @Column(name = "participant_name")
    private String participantName;

    @Column(name = "participant_email")
    private String participantEmail;

    @Column(name = "host_id", nullable = false)
    private UUID hostId;

    @Column(name = "host_contact_name")
    private String hostContactName;

    @Column(name = "host_contact_email")
    private String hostContactEmail;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private List<HostOrganisation> partners = new ArrayList<>();

    @Column(name = "host_department")
    private String hostDepartment;

    @Column(name = "host_manager")
    private String hostManager;

    private String purpose;

    @Column(name = "mutual_value")
    private String mutualValue;

    @Column(name = "planned_start", nullable = false)
    private LocalDate plannedStart;

    @Column(name = "planned_end", nullable = false)
    private LocalDate plannedEnd;

    @Column(name = "extent_percent", nullable = false)
    private int extentPercent;

    @Column(name = "budget_sek", nullable = false)
    private BigDecimal budgetSek;

    @Column(name = "agreement_in_force")
    private Integer agreementInForce;

    @Column(name = "started_on")
    private LocalDate startedOn;

    @Column(name = "completed_on")
    private LocalDate completedOn;

    @Column(name = "cancelled_on")
    private LocalDate cancelledOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "cancellation_reason")
    private CancellationReason cancellationReason;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Exchange() {
        // for JPA
    }

    /** Plans the exchange that a grant decided. */
    static Exchange planFromGrant(String institution, ApplicationGranted grant, UUID hostId, Instant now) {
        Exchange e = new Exchange();
        e.id = UUID.randomUUID();
        e.institution = institution;
        e.applicationId = grant.applicationId();
        e.programmeId = grant.programmeId();
        e.direction = grant.direction();
        e.status = ExchangeStatus.PLANNED;
        e.participantPseudonym = grant.applicantPseudonym();
        e.hostId = hostId;
        e.partners = new ArrayList<>(grant.partners() == null ? List.of() : grant.partners());
        e.plannedStart = grant.plannedStart();
        e.plannedEnd = grant.plannedEnd();
        e.extentPercent = grant.extentPercent();
        e.budgetSek = grant.grantedSek();
        e.createdAt = now;
        e.updatedAt = now;
        return e;
    }

    /** The details of an INBOUND fast-track registration. */
    public record Affiliation(String programmeId, String personName, String personEmail, String personAccount,
                              UUID employerId, String employerContactName, String employerContactEmail,
                              String hostDepartment, String hostManager, LocalDate plannedStart, LocalDate plannedEnd,
                              int extentPercent, String purpose, String mutualValue, BigDecimal budgetSek) {
    }

    /**
     * Registers an incoming person without a call. The pseudonym is random, never derived from the person, and it
     * is the only way the network will know them.
     */
    public static Exchange registerAffiliation(String institution, Affiliation a, Instant now) {
        Exchange e = new Exchange();
        e.id = UUID.randomUUID();
        e.institution = institution;
        e.programmeId = a.programmeId();
        e.direction = Direction.INBOUND;
        e.status = ExchangeStatus.REGISTERED;
        e.participantPseudonym = "p-" + UUID.randomUUID();
        e.participantName = a.personName();
        e.participantEmail = a.personEmail();
        e.participantAccount = a.personAccount();
        e.hostId = a.employerId();
        e.hostContactName = a.employerContactName();
        e.hostContactEmail = a.employerContactEmail();
        e.hostDepartment = a.hostDepartment();
        e.hostManager = a.hostManager();
        e.plannedStart = a.plannedStart();
        e.plannedEnd = a.plannedEnd();
        e.extentPercent = a.extentPercent();
        e.purpose = a.purpose();
        e.mutualValue = a.mutualValue();
        e.budgetSek = a.budgetSek();
        e.createdAt = now;
        e.updatedAt = now;
        return e;
    }

    /** The event that announces the plan; the host is described as the register knows it. */
    public ExchangePlanned plannedEvent(HostOrganisation host) {
        return new ExchangePlanned(id.toString(), applicationId, programmeId, direction, participantPseudonym, host,
                plannedStart, plannedEnd, extentPercent, budgetSek);
    }

    /** The host department's manager approves an INBOUND registration: it is now planned. */
    public void approveAffiliation() {
        require(status == ExchangeStatus.REGISTERED, "only a registration awaiting approval can be approved");
        status = ExchangeStatus.PLANNED;
    }

    public void declineAffiliation() {
        require(status == ExchangeStatus.REGISTERED, "only a registration awaiting approval can be declined");
        status = ExchangeStatus.DECLINED;
    }

    /** Who signs for the participant and who for the host, as the agreement's terms name them. */
    public void nameParties(String participantAccount, String participantName, String hostContactName,
                            String hostContactEmail) {
        requireOpen();
        this.participantAccount = participantAccount;
        if (participantName != null) {
            this.participantName = participantName;
        }
        this.hostContactName = hostContactName;
        this.hostContactEmail = hostContactEmail;
    }

    /**
     * All three parties signed agreement version {@code number}. The first signed version makes the exchange
     * AGREEMENT_SIGNED; a signed amendment with a later end date extends it.
     */
    public List<ExchangeEvent> agreementSigned(int number, String documentSha256, LocalDate agreedEnd) {
        requireOpen();
        require(status != ExchangeStatus.REGISTERED, "the host department's manager has not approved yet");
        List<ExchangeEvent> events = new ArrayList<>();
        events.add(new AgreementSigned(id.toString(), number, documentSha256));
        agreementInForce = number;
        if (status == ExchangeStatus.PLANNED) {
            status = ExchangeStatus.AGREEMENT_SIGNED;
        }
        if (!agreedEnd.equals(plannedEnd)) {
            events.add(new ExchangeExtended(id.toString(), plannedEnd, agreedEnd));
            plannedEnd = agreedEnd;
        }
        return events;
    }

    /** Only a signed exchange starts: the agreement must bind all three parties first. */
    public ExchangeStarted start(LocalDate today) {
        if (status == ExchangeStatus.PLANNED || status == ExchangeStatus.REGISTERED) {
            throw new StateConflict("exchange " + id + " cannot start before all three parties have signed the agreement");
        }
        require(status == ExchangeStatus.AGREEMENT_SIGNED, "exchange " + id + " is " + status + " and cannot start");
        status = ExchangeStatus.ONGOING;
        startedOn = today;
        return new ExchangeStarted(id.toString(), today);
    }

    public ExchangeCompleted complete(LocalDate on) {
        require(status == ExchangeStatus.ONGOING, "exchange " + id + " is " + status + "; only an ongoing one completes");
        require(!on.isBefore(startedOn), "an exchange cannot complete before it started (" + startedOn + ")");
        status = ExchangeStatus.COMPLETED;
        completedOn = on;
        return new ExchangeCompleted(id.toString(), on, PersonMonths.of(startedOn, on, extentPercent));
    }

    /** Cancels an open exchange. A registration that was never planned is cancelled without an event. */
    public java.util.Optional<ExchangeCancelled> cancel(CancellationReason reason, LocalDate today) {
        requireOpen();
        boolean announced = status != ExchangeStatus.REGISTERED;
        status = ExchangeStatus.CANCELLED;
        cancelledOn = today;
        cancellationReason = reason;
        return announced ? java.util.Optional.of(new ExchangeCancelled(id.toString(), reason, today))
                : java.util.Optional.empty();
    }

    /**
     * Marks a change, also one that only touched dependent rows (a new agreement version, a budget), so that the
     * version moves on and a second command sent with the old version gets 409.
     */
    public void touched(Instant now) {
        updatedAt = now;
    }

    public void requireOpen() {
        require(status.isOpen(), "exchange " + id + " is " + status + " and can no longer change");
    }

    private static void require(boolean condition, String detail) {
        if (!condition) {
            throw new StateConflict(detail);
        }
    }

    public UUID id() {
        return id;
    }

    @Override
    public String institution() {
        return institution;
    }

    public String applicationId() {
        return applicationId;
    }

    public String programmeId() {
        return programmeId;
    }

    public Direction direction() {
        return direction;
    }

    public ExchangeStatus status() {
        return status;
    }

    public String participantPseudonym() {
        return participantPseudonym;
    }

    public String participantAccount() {
        return participantAccount;
    }

    public String participantName() {
        return participantName;
    }

    public String participantEmail() {
        return participantEmail;
    }

    public UUID hostId() {
        return hostId;
    }

    public String hostContactName() {
        return hostContactName;
    }

    public String hostContactEmail() {
        return hostContactEmail;
    }

    public List<HostOrganisation> partners() {
        return List.copyOf(partners);
    }

    public String hostDepartment() {
        return hostDepartment;
    }

    public String hostManager() {
        return hostManager;
    }

    public String purpose() {
        return purpose;
    }

    public String mutualValue() {
        return mutualValue;
    }

    public LocalDate plannedStart() {
        return plannedStart;
    }

    public LocalDate plannedEnd() {
        return plannedEnd;
    }

    public int extentPercent() {
        return extentPercent;
    }

    public BigDecimal budgetSek() {
        return budgetSek;
    }

    public Integer agreementInForce() {
        return agreementInForce;
    }

    public LocalDate startedOn() {
        return startedOn;
    }

    public LocalDate completedOn() {
        return completedOn;
    }

    public LocalDate cancelledOn() {
        return cancelledOn;
    }

    public CancellationReason cancellationReason() {
        return cancellationReason;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }
}

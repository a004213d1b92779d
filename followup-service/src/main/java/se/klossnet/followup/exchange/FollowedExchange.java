package se.klossnet.followup.exchange;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import se.klossnet.events.Direction;
import se.klossnet.events.exchange.CancellationReason;
import se.klossnet.events.exchange.ExchangePlanned;
import se.klossnet.platform.scope.InstitutionOwned;

/**
 * An exchange as this service knows it from the exchange-service's events. Each event contributes its own facts
 * (columns), and the state is derived from all facts known, so the row ends up the same whatever order the events
 * arrive in: an ExchangeCompleted that overtakes ExchangePlanned leaves a completed exchange whose details fill in
 * when the plan arrives.
 *
 * <p>Only the exchange subscription writes this row (one thread, one exchange's events in order per partition), so
 * it carries no optimistic version; things that users change live in their own tables.
 */
@Entity
@Table(name = "exchange_projection")
public class FollowedExchange implements InstitutionOwned {

    @Id
    private String id;

    @Column(nullable = false, updatable = false)
    private String institution;

    @Column(name = "application_id")
    private String applicationId;

    @Column(name = "programme_id")
    private String programmeId;

    @Enumerated(EnumType.STRING)
    private Direction direction;

    @Column(name = "participant_pseudonym")
    private String participantPseudonym;

    @Column(name = "planned_start")
    private LocalDate plannedStart;

    @Column(name = "planned_end")
    private LocalDate plannedEnd;

    @Column(name = "extended_end")
    private LocalDate extendedEnd;

    @Column(name = "extended_at")
    private Instant extendedAt;

    @Column(name = "agreement_version")
    private Integer agreementVersion;

    @Column(name = "started_on")
    private LocalDate startedOn;

    @Column(name = "completed_on")
    private LocalDate completedOn;

    @Column(name = "cancelled_on")
    private LocalDate cancelledOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "cancellation_reason")
    private CancellationReason cancellationReason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ExchangeState state;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected FollowedExchange() {
        // for JPA
    }

    /** The first event of an exchange we hear of, whichever type it is. */
    static FollowedExchange firstHeardOf(String id, String institution, Instant at) {
        FollowedExchange exchange = new FollowedExchange();
        exchange.id = id;
        exchange.institution = institution;
        exchange.touch(at);
        return exchange;
    }

    void planned(ExchangePlanned plan, Instant at) {
        applicationId = plan.applicationId();
        programmeId = plan.programmeId();
        direction = plan.direction();
        participantPseudonym = plan.participantPseudonym();
        plannedStart = plan.plannedStart();
        plannedEnd = plan.plannedEnd();
        touch(at);
    }

    void agreementSigned(int version, Instant at) {
        agreementVersion = agreementVersion == null ? version : Math.max(agreementVersion, version);
        touch(at);
    }

    void started(LocalDate on, Instant at) {
        startedOn = on;
        touch(at);
    }

    /** Extensions are ordered by when they happened, so a late copy of an earlier one does not undo a later one. */
    void extended(LocalDate newEnd, Instant happenedAt, Instant at) {
        if (extendedAt == null || !happenedAt.isBefore(extendedAt)) {
            extendedEnd = newEnd;
            extendedAt = happenedAt;
        }
        touch(at);
    }

    void completed(LocalDate on, Instant at) {
        completedOn = on;
        touch(at);
    }

    void cancelled(LocalDate on, CancellationReason reason, Instant at) {
        cancelledOn = on;
        cancellationReason = reason;
        touch(at);
    }

    private void touch(Instant at) {
        updatedAt = at;
        state = deriveState();
    }

    private ExchangeState deriveState() {
        if (cancelledOn != null) {
            return ExchangeState.CANCELLED;
        }
        if (completedOn != null) {
            return ExchangeState.COMPLETED;
        }
        if (startedOn != null) {
            return ExchangeState.ONGOING;
        }
        if (agreementVersion != null) {
            return ExchangeState.AGREEMENT_SIGNED;
        }
        return ExchangeState.PLANNED;
    }

    /** Whether ExchangePlanned has arrived; before it, programme, direction and participant are unknown. */
    public boolean detailsKnown() {
        return programmeId != null;
    }

    public boolean isCancelled() {
        return cancelledOn != null;
    }

    /** The day the exchange began: the actual start when known, else the planned one (null when neither is). */
    public LocalDate beganOn() {
        return startedOn != null ? startedOn : plannedStart;
    }

    /** The end as currently agreed: the latest extension, else the planned end. */
    public LocalDate end() {
        return extendedEnd != null ? extendedEnd : plannedEnd;
    }

    public String id() {
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

    public String participantPseudonym() {
        return participantPseudonym;
    }

    public LocalDate plannedStart() {
        return plannedStart;
    }

    public Integer agreementVersion() {
        return agreementVersion;
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

    public ExchangeState state() {
        return state;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}

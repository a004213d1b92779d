package se.klossnet.followup.outcome;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import se.klossnet.events.followup.OutcomeReported;
import se.klossnet.events.followup.OutcomeSide;
import se.klossnet.events.followup.OutcomeType;
import se.klossnet.platform.scope.InstitutionOwned;

/** An effect of an exchange, inside or outside academia. Its description and evidence stay in this service. */
@Entity
@Table(name = "outcome")
public class Outcome implements InstitutionOwned {

    @Id
    private UUID id;

    @Column(nullable = false, updatable = false)
    private String institution;

    @Column(name = "exchange_id", nullable = false, updatable = false)
    private String exchangeId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OutcomeType type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OutcomeSide side;

    @Column(name = "occurred_on", nullable = false)
    private LocalDate occurredOn;

    @Column(nullable = false)
    private String description;

    @Column(name = "evidence_url")
    private String evidenceUrl;

    @Column(name = "reported_by", nullable = false, updatable = false)
    private String reportedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "reporter_role", nullable = false, updatable = false)
    private ReporterRole reporterRole;

    @Column(name = "reported_at", nullable = false, updatable = false)
    private Instant reportedAt;

    @Version
    private long version;

    protected Outcome() {
        // for JPA
    }

    static Outcome report(String institution, String exchangeId, OutcomeDraft draft, String reporter,
                          ReporterRole role, Instant at) {
        Outcome outcome = new Outcome();
        outcome.id = UUID.randomUUID();
        outcome.institution = institution;
        outcome.exchangeId = exchangeId;
        outcome.reportedBy = reporter;
        outcome.reporterRole = role;
        outcome.reportedAt = at;
        outcome.apply(draft);
        return outcome;
    }

    /** Revises it; returns the event to publish again when a published fact changed, else null. */
    OutcomeReported revise(OutcomeDraft draft) {
        OutcomeReported before = reported();
        apply(draft);
        OutcomeReported after = reported();
        return before.equals(after) ? null : after;
    }

    OutcomeReported reported() {
        return new OutcomeReported(id.toString(), exchangeId, type, side, occurredOn, evidenceUrl != null);
    }

    private void apply(OutcomeDraft draft) {
        type = draft.type();
        side = draft.side();
        occurredOn = draft.occurredOn();
        description = draft.description().strip();
        evidenceUrl = draft.evidenceUrl() == null || draft.evidenceUrl().isBlank() ? null : draft.evidenceUrl().strip();
    }

    public UUID id() {
        return id;
    }

    @Override
    public String institution() {
        return institution;
    }

    public String exchangeId() {
        return exchangeId;
    }

    public OutcomeType type() {
        return type;
    }

    public OutcomeSide side() {
        return side;
    }

    public LocalDate occurredOn() {
        return occurredOn;
    }

    public String description() {
        return description;
    }

    public String evidenceUrl() {
        return evidenceUrl;
    }

    public String reportedBy() {
        return reportedBy;
    }

    public ReporterRole reporterRole() {
        return reporterRole;
    }

    public Instant reportedAt() {
        return reportedAt;
    }

    public long version() {
        return version;
    }
}

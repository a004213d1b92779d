package se.klossnet.followup.dissemination;

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
import se.klossnet.platform.scope.InstitutionOwned;

/** A seminar, article, course, report, web page or conference contribution that spread an exchange's results. */
@Entity
@Table(name = "dissemination_activity")
public class DisseminationActivity implements InstitutionOwned {

    @Id
    private UUID id;

    @Column(nullable = false, updatable = false)
    private String institution;

    @Column(name = "exchange_id", nullable = false, updatable = false)
    private String exchangeId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ActivityType type;

    @Column(nullable = false)
    private String audience;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    private String description;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected DisseminationActivity() {
        // for JPA
    }

    static DisseminationActivity record(String institution, String exchangeId, ActivityDraft draft, String recordedBy,
                                        Instant at) {
        DisseminationActivity activity = new DisseminationActivity();
        activity.id = UUID.randomUUID();
        activity.institution = institution;
        activity.exchangeId = exchangeId;
        activity.type = draft.type();
        activity.audience = draft.audience().strip();
        activity.heldOn = draft.heldOn();
        activity.description = draft.description() == null || draft.description().isBlank() ? null
                : draft.description().strip();
        activity.recordedBy = recordedBy;
        activity.createdAt = at;
        return activity;
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

    public ActivityType type() {
        return type;
    }

    public String audience() {
        return audience;
    }

    public LocalDate heldOn() {
        return heldOn;
    }

    public String description() {
        return description;
    }

    public Instant createdAt() {
        return createdAt;
    }
}

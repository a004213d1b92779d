package se.klossnet.followup.focusgroup;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import se.klossnet.events.followup.FocusGroupHeld;
import se.klossnet.platform.scope.InstitutionOwned;

/**
 * A facilitated follow-up discussion. Participants are the exchanges they took part through (pseudonymous), plus
 * a count of others present; the facilitator and the notes stay in this service.
 */
@Entity
@Table(name = "focus_group")
public class FocusGroup implements InstitutionOwned {

    @Id
    private UUID id;

    @Column(nullable = false, updatable = false)
    private String institution;

    @Column(name = "programme_id", nullable = false)
    private String programmeId;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @Column(nullable = false)
    private String facilitator;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "participant_exchange_ids", nullable = false)
    private List<String> participantExchangeIds = new ArrayList<>();

    @Column(name = "other_participant_count", nullable = false)
    private int otherParticipantCount;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private List<String> themes = new ArrayList<>();

    @Column(nullable = false)
    private String notes;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected FocusGroup() {
        // for JPA
    }

    static FocusGroup record(String institution, FocusGroupDraft draft, Instant at) {
        FocusGroup group = new FocusGroup();
        group.id = UUID.randomUUID();
        group.institution = institution;
        group.createdAt = at;
        group.apply(draft);
        return group;
    }

    /** Revises the record; returns the event to publish again when a published fact changed, else null. */
    FocusGroupHeld revise(FocusGroupDraft draft) {
        FocusGroupHeld before = held();
        apply(draft);
        FocusGroupHeld after = held();
        return before.equals(after) ? null : after;
    }

    /** What the network may know: the counts and themes, no names and no notes. */
    FocusGroupHeld held() {
        return new FocusGroupHeld(id.toString(), programmeId, heldOn, participantCount(), List.copyOf(themes));
    }

    private void apply(FocusGroupDraft draft) {
        programmeId = draft.programmeId().strip();
        heldOn = draft.heldOn();
        facilitator = draft.facilitator().strip();
        participantExchangeIds = new ArrayList<>(draft.participantExchangeIds().stream().map(String::strip).distinct().toList());
        otherParticipantCount = draft.otherParticipantCount() == null ? 0 : draft.otherParticipantCount();
        themes = new ArrayList<>(draft.themes().stream().map(String::strip).distinct().toList());
        notes = draft.notes() == null ? "" : draft.notes().strip();
    }

    public int participantCount() {
        return participantExchangeIds.size() + otherParticipantCount;
    }

    public UUID id() {
        return id;
    }

    @Override
    public String institution() {
        return institution;
    }

    public String programmeId() {
        return programmeId;
    }

    public LocalDate heldOn() {
        return heldOn;
    }

    public String facilitator() {
        return facilitator;
    }

    public List<String> participantExchangeIds() {
        return List.copyOf(participantExchangeIds);
    }

    public int otherParticipantCount() {
        return otherParticipantCount;
    }

    public List<String> themes() {
        return List.copyOf(themes);
    }

    public String notes() {
        return notes;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }
}

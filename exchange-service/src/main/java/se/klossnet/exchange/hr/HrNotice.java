package se.klossnet.exchange.hr;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import se.klossnet.platform.problem.StateConflict;
import se.klossnet.platform.scope.InstitutionOwned;

/** One notice to the HR system, kept until it is delivered (and confirmed), or until it is given up as DEAD. */
@Entity
@Table(name = "hr_notice")
public class HrNotice implements InstitutionOwned {

    public enum Status {
        PENDING,
        DELIVERED,
        CONFIRMED,
        DEAD
    }

    @Id
    private UUID id;

    @Column(nullable = false, updatable = false)
    private String institution;

    @Column(name = "exchange_id", nullable = false, updatable = false)
    private UUID exchangeId;

    @Column(nullable = false, updatable = false)
    private String kind;

    @Column(nullable = false, updatable = false)
    private String payload;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "delivered_at")
    private Instant deliveredAt;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @Column(name = "confirmed_by")
    private String confirmedBy;

    @Version
    private long version;

    protected HrNotice() {
        // for JPA
    }

    static HrNotice queue(UUID id, String institution, UUID exchangeId, String kind, String payload, Instant now) {
        HrNotice n = new HrNotice();
        n.id = id;
        n.institution = institution;
        n.exchangeId = exchangeId;
        n.kind = kind;
        n.payload = payload;
        n.status = Status.PENDING;
        n.nextAttemptAt = now;
        n.createdAt = now;
        return n;
    }

    void delivered(Instant now) {
        attempts++;
        lastError = null;
        if (status == Status.PENDING) {
            status = Status.DELIVERED;
            deliveredAt = now;
        }
    }

    void failed(String error, Instant now, Backoff backoff) {
        attempts++;
        lastError = error.length() > 1000 ? error.substring(0, 1000) : error;
        if (status != Status.PENDING) {
            return;
        }
        if (backoff.exhausted(attempts)) {
            status = Status.DEAD;
        } else {
            nextAttemptAt = now.plus(backoff.after(attempts));
        }
    }

    /** No receiver is configured: wait without counting an attempt. */
    void postpone(String reason, Instant until) {
        lastError = reason;
        nextAttemptAt = until;
    }

    void retryByHand(Instant now) {
        if (status == Status.DELIVERED || status == Status.CONFIRMED) {
            throw new StateConflict("notice " + id + " is already " + status);
        }
        status = Status.PENDING;
        attempts = 0;
        nextAttemptAt = now;
    }

    void confirm(String by, Instant now) {
        if (status == Status.CONFIRMED) {
            return;
        }
        status = Status.CONFIRMED;
        confirmedAt = now;
        confirmedBy = by;
    }

    public UUID id() {
        return id;
    }

    @Override
    public String institution() {
        return institution;
    }

    public UUID exchangeId() {
        return exchangeId;
    }

    public String kind() {
        return kind;
    }

    public String payload() {
        return payload;
    }

    public Status status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public String lastError() {
        return lastError;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant deliveredAt() {
        return deliveredAt;
    }

    public Instant confirmedAt() {
        return confirmedAt;
    }

    public String confirmedBy() {
        return confirmedBy;
    }

    public long version() {
        return version;
    }
}

package se.klossnet.exchange.cost;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import se.klossnet.events.exchange.CostRecorded;
import se.klossnet.platform.scope.InstitutionOwned;

/** An actual cost of an exchange, booked on an account, a cost centre and a project. Exact amounts only. */
@Entity
@Table(name = "cost_entry")
public class CostEntry implements InstitutionOwned {

    /** Where an entry came from. */
    public enum Source {
        MANUAL,
        IMPORT
    }

    @Id
    private UUID id;

    @Column(nullable = false, updatable = false)
    private String institution;

    @Column(name = "exchange_id", nullable = false, updatable = false)
    private UUID exchangeId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private CostType type;

    @Column(name = "amount_sek", nullable = false, updatable = false)
    private BigDecimal amountSek;

    @Column(name = "booked_on", nullable = false, updatable = false)
    private LocalDate bookedOn;

    @Column(nullable = false, updatable = false)
    private String account;

    @Column(name = "cost_centre", nullable = false, updatable = false)
    private String costCentre;

    @Column(name = "project_code", nullable = false, updatable = false)
    private String projectCode;

    @Column(name = "external_ref", updatable = false)
    private String externalRef;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Source source;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected CostEntry() {
        // for JPA
    }

    static CostEntry record(String institution, UUID exchangeId, CostType type, BigDecimal amountSek,
                            LocalDate bookedOn, Bookings.Booking booking, String externalRef, Source source,
                            String recordedBy, Instant now) {
        CostEntry e = new CostEntry();
        e.id = UUID.randomUUID();
        e.institution = institution;
        e.exchangeId = exchangeId;
        e.type = type;
        e.amountSek = amountSek;
        e.bookedOn = bookedOn;
        e.account = booking.account();
        e.costCentre = booking.costCentre();
        e.projectCode = booking.projectCode();
        e.externalRef = externalRef;
        e.source = source;
        e.recordedBy = recordedBy;
        e.recordedAt = now;
        return e;
    }

    CostRecorded event() {
        return new CostRecorded(exchangeId.toString(), id.toString(), type.category(), amountSek, bookedOn);
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

    public CostType type() {
        return type;
    }

    public BigDecimal amountSek() {
        return amountSek;
    }

    public LocalDate bookedOn() {
        return bookedOn;
    }

    public String account() {
        return account;
    }

    public String costCentre() {
        return costCentre;
    }

    public String projectCode() {
        return projectCode;
    }

    public String externalRef() {
        return externalRef;
    }

    public Source source() {
        return source;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}

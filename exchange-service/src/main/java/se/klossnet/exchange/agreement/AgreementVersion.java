package se.klossnet.exchange.agreement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import se.klossnet.platform.problem.StateConflict;
import se.klossnet.platform.scope.InstitutionOwned;

/** One version of an exchange's agreement: the text as rendered, its SHA-256, and the terms behind it. */
@Entity
@Table(name = "agreement_version")
public class AgreementVersion implements InstitutionOwned {

    @Id
    private UUID id;

    @Column(name = "exchange_id", nullable = false, updatable = false)
    private UUID exchangeId;

    @Column(nullable = false, updatable = false)
    private String institution;

    @Column(nullable = false, updatable = false)
    private int number;

    @Column(nullable = false, updatable = false)
    private String template;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AgreementStatus status;

    @Column(name = "planned_start", nullable = false, updatable = false)
    private LocalDate plannedStart;

    @Column(name = "planned_end", nullable = false, updatable = false)
    private LocalDate plannedEnd;

    @Column(name = "extent_percent", nullable = false, updatable = false)
    private int extentPercent;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, updatable = false)
    private AgreementTerms terms;

    @Column(nullable = false, updatable = false)
    private String document;

    @Column(name = "document_sha256", nullable = false, updatable = false)
    private String documentSha256;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "signed_at")
    private Instant signedAt;

    protected AgreementVersion() {
        // for JPA
    }

    static AgreementVersion create(UUID exchangeId, String institution, int number, LocalDate plannedStart,
                                   LocalDate plannedEnd, int extentPercent, AgreementTerms terms,
                                   AgreementDocument.Rendered rendered, Instant now) {
        AgreementVersion v = new AgreementVersion();
        v.id = UUID.randomUUID();
        v.exchangeId = exchangeId;
        v.institution = institution;
        v.number = number;
        v.template = rendered.template();
        v.status = AgreementStatus.AWAITING_SIGNATURES;
        v.plannedStart = plannedStart;
        v.plannedEnd = plannedEnd;
        v.extentPercent = extentPercent;
        v.terms = terms;
        v.document = rendered.text();
        v.documentSha256 = rendered.sha256();
        v.createdAt = now;
        return v;
    }

    /** A later version replaces this one: if it was still waiting, every signature on it is void. */
    void supersede() {
        if (status == AgreementStatus.AWAITING_SIGNATURES) {
            status = AgreementStatus.VOID;
        }
    }

    void signedByAll(Instant now) {
        if (status != AgreementStatus.AWAITING_SIGNATURES) {
            throw new StateConflict("agreement version " + number + " is " + status);
        }
        status = AgreementStatus.SIGNED;
        signedAt = now;
    }

    public UUID id() {
        return id;
    }

    public UUID exchangeId() {
        return exchangeId;
    }

    @Override
    public String institution() {
        return institution;
    }

    public int number() {
        return number;
    }

    public String template() {
        return template;
    }

    public AgreementStatus status() {
        return status;
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

    public AgreementTerms terms() {
        return terms;
    }

    public String document() {
        return document;
    }

    public String documentSha256() {
        return documentSha256;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant signedAt() {
        return signedAt;
    }
}

package se.klossnet.call.programme;

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
import se.klossnet.events.FundingSource;
import se.klossnet.events.call.ProgrammeCreated;
import se.klossnet.platform.scope.InstitutionOwned;

/** An institution's mobility programme, such as "AkUt 2015", "PAUS" or "Affilierad kompetens". */
@Entity
@Table(name = "programme")
public class Programme implements InstitutionOwned {

    @Id
    private UUID id;

    @Column(nullable = false, updatable = false)
    private String institution;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Direction direction;

    @Enumerated(EnumType.STRING)
    @Column(name = "funding_source", nullable = false)
    private FundingSource fundingSource;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private List<String> themes = new ArrayList<>();

    @Column(name = "budget_sek", nullable = false)
    private BigDecimal budgetSek;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Programme() {
        // for JPA
    }

    /** Creates a programme and returns it with the event that announces it. */
    static Created create(String institution, ProgrammeTerms terms, Instant now) {
        Programme programme = new Programme();
        programme.id = UUID.randomUUID();
        programme.institution = institution;
        programme.createdAt = now;
        programme.apply(terms);
        ProgrammeCreated event = new ProgrammeCreated(programme.id.toString(), programme.name, programme.direction,
                programme.fundingSource, List.copyOf(programme.themes), programme.budgetSek);
        return new Created(programme, event);
    }

    /** Changes the terms. Editing is not an event of the network's catalogue. */
    void revise(ProgrammeTerms terms) {
        apply(terms);
    }

    private void apply(ProgrammeTerms terms) {
        this.name = terms.name().strip();
        this.direction = terms.direction();
        this.fundingSource = terms.fundingSource();
        this.themes = new ArrayList<>(terms.themes().stream().map(String::strip).distinct().toList());
        this.budgetSek = terms.budgetSek();
    }

    record Created(Programme programme, ProgrammeCreated event) {
    }

    public UUID id() {
        return id;
    }

    @Override
    public String institution() {
        return institution;
    }

    public String name() {
        return name;
    }

    public Direction direction() {
        return direction;
    }

    public FundingSource fundingSource() {
        return fundingSource;
    }

    public List<String> themes() {
        return List.copyOf(themes);
    }

    public BigDecimal budgetSek() {
        return budgetSek;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }
}

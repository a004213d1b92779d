package se.klossnet.exchange.cost;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;
import se.klossnet.platform.scope.InstitutionOwned;

/**
 * The planned costs of an exchange. The monthly salary cost is kept here only: budgets and events carry amounts,
 * never a salary.
 */
@Entity
@Table(name = "exchange_budget")
public class ExchangeBudget implements InstitutionOwned {

    @Id
    @Column(name = "exchange_id")
    private UUID exchangeId;

    @Column(nullable = false, updatable = false)
    private String institution;

    @Column(name = "monthly_salary_cost_sek", nullable = false)
    private BigDecimal monthlySalaryCostSek = BigDecimal.ZERO;

    @Column(name = "planned_travel_sek", nullable = false)
    private BigDecimal plannedTravelSek = BigDecimal.ZERO;

    @Column(name = "planned_host_compensation_sek", nullable = false)
    private BigDecimal plannedHostCompensationSek = BigDecimal.ZERO;

    @Column(name = "planned_other_sek", nullable = false)
    private BigDecimal plannedOtherSek = BigDecimal.ZERO;

    protected ExchangeBudget() {
        // for JPA
    }

    static ExchangeBudget open(UUID exchangeId, String institution) {
        ExchangeBudget budget = new ExchangeBudget();
        budget.exchangeId = exchangeId;
        budget.institution = institution;
        return budget;
    }

    void plan(BigDecimal monthlySalaryCostSek, BigDecimal plannedTravelSek, BigDecimal plannedHostCompensationSek,
              BigDecimal plannedOtherSek) {
        this.monthlySalaryCostSek = monthlySalaryCostSek;
        this.plannedTravelSek = plannedTravelSek;
        this.plannedHostCompensationSek = plannedHostCompensationSek;
        this.plannedOtherSek = plannedOtherSek;
    }

    public UUID exchangeId() {
        return exchangeId;
    }

    @Override
    public String institution() {
        return institution;
    }

    public BigDecimal monthlySalaryCostSek() {
        return monthlySalaryCostSek;
    }

    public BigDecimal plannedTravelSek() {
        return plannedTravelSek;
    }

    public BigDecimal plannedHostCompensationSek() {
        return plannedHostCompensationSek;
    }

    public BigDecimal plannedOtherSek() {
        return plannedOtherSek;
    }
}

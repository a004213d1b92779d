package se.klossnet.exchange.cost;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import se.klossnet.events.exchange.ExchangePlanned;
import se.klossnet.exchange.exchange.Exchange;
import se.klossnet.exchange.exchange.ExchangeDirectory;
import se.klossnet.exchange.exchange.ExchangeEventRecorded;
import se.klossnet.exchange.exchange.PersonMonths;

/** The planned budget of an exchange, and budget against actual. */
@ApplicationScoped
public class BudgetBook {

    /** The planned costs a coordinator sets, with the exchange version they read. */
    public record Plan(@NotNull @PositiveOrZero @Digits(integer = 12, fraction = 2) BigDecimal monthlySalaryCostSek,
                       @NotNull @PositiveOrZero @Digits(integer = 12, fraction = 2) BigDecimal plannedTravelSek,
                       @NotNull @PositiveOrZero @Digits(integer = 12, fraction = 2) BigDecimal plannedHostCompensationSek,
                       @NotNull @PositiveOrZero @Digits(integer = 12, fraction = 2) BigDecimal plannedOtherSek,
                       @NotNull Long version) {
    }

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final ExchangeDirectory directory;
    private final ExchangeBudgetRepository budgets;
    private final CostEntryRepository costs;

    public BudgetBook(ExchangeDirectory directory, ExchangeBudgetRepository budgets, CostEntryRepository costs) {
        this.directory = directory;
        this.budgets = budgets;
        this.costs = costs;
    }

    /** The budget opens with the plan, so that it exists before anyone books a cost. */
    void onPlanned(@Observes ExchangeEventRecorded recorded) {
        if (recorded.event() instanceof ExchangePlanned) {
            budgetOf(recorded.exchange());
        }
    }

    @Transactional
    public BudgetView plan(String institution, UUID exchangeId, Plan plan) {
        Exchange exchange = directory.forUpdate(institution, exchangeId, plan.version());
        exchange.requireOpen();
        budgetOf(exchange).plan(plan.monthlySalaryCostSek(), plan.plannedTravelSek(),
                plan.plannedHostCompensationSek(), plan.plannedOtherSek());
        budgets.flush();
        return view(exchange);
    }

    public BudgetView view(Exchange exchange) {
        ExchangeBudget budget = budgets.findByIdOptional(exchange.id())
                .orElseGet(() -> ExchangeBudget.open(exchange.id(), exchange.institution()));
        BigDecimal months = PersonMonths.months(exchange.plannedStart(), exchange.plannedEnd());
        BigDecimal salary = budget.monthlySalaryCostSek().multiply(BigDecimal.valueOf(exchange.extentPercent()))
                .multiply(months).divide(HUNDRED, 2, RoundingMode.HALF_UP);
        BigDecimal plannedTotal = salary.add(budget.plannedTravelSek()).add(budget.plannedHostCompensationSek())
                .add(budget.plannedOtherSek());
        Map<CostType, BigDecimal> actual = costs.actualByType(exchange.id());
        BigDecimal actualTotal = actual.values().stream().reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        boolean plannedOver = plannedTotal.compareTo(exchange.budgetSek()) > 0;
        boolean over = actualTotal.compareTo(exchange.budgetSek()) > 0;
        List<String> warnings = new ArrayList<>();
        if (plannedOver) {
            warnings.add("the planned costs " + plannedTotal.toPlainString() + " SEK exceed the budget of "
                    + exchange.budgetSek().toPlainString() + " SEK");
        }
        if (over) {
            warnings.add("the actual costs " + actualTotal.toPlainString() + " SEK exceed the budget of "
                    + exchange.budgetSek().toPlainString() + " SEK");
        }
        return new BudgetView(exchange.id(), exchange.budgetSek(), budget.monthlySalaryCostSek(),
                months.setScale(2, RoundingMode.HALF_UP), exchange.extentPercent(), salary, budget.plannedTravelSek(),
                budget.plannedHostCompensationSek(), budget.plannedOtherSek(), plannedTotal, actual, actualTotal,
                exchange.budgetSek().subtract(actualTotal), plannedOver, over, List.copyOf(warnings),
                exchange.version());
    }

    private ExchangeBudget budgetOf(Exchange exchange) {
        return budgets.findByIdOptional(exchange.id()).orElseGet(() -> {
            ExchangeBudget budget = ExchangeBudget.open(exchange.id(), exchange.institution());
            budgets.persist(budget);
            return budget;
        });
    }
}

package se.klossnet.exchange.cost;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Budget against actual. {@code version} is the exchange's: a budget change is a change of the exchange.
 *
 * @param plannedSalarySek monthly salary cost × extent × months
 */
public record BudgetView(UUID exchangeId, BigDecimal budgetSek, BigDecimal monthlySalaryCostSek, BigDecimal months,
                         int extentPercent, BigDecimal plannedSalarySek, BigDecimal plannedTravelSek,
                         BigDecimal plannedHostCompensationSek, BigDecimal plannedOtherSek, BigDecimal plannedTotalSek,
                         Map<CostType, BigDecimal> actualSek, BigDecimal actualTotalSek, BigDecimal remainingSek,
                         boolean plannedOverBudget, boolean overBudget, List<String> warnings, long version) {
}

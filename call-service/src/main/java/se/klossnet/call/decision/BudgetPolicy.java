package se.klossnet.call.decision;

import java.math.BigDecimal;
import se.klossnet.platform.problem.ProblemException;

/** The granted total of a call may never exceed its budget. */
final class BudgetPolicy {

    private BudgetPolicy() {
    }

    static void requireWithinBudget(BigDecimal budget, BigDecimal alreadyGranted, BigDecimal amount) {
        BigDecimal left = budget.subtract(alreadyGranted);
        if (amount.compareTo(left) > 0) {
            throw new ProblemException(422, "budget-exceeded", "The call's budget would be exceeded",
                    "granting " + amount.toPlainString() + " SEK exceeds what is left of the call's budget: "
                            + left.toPlainString() + " SEK left of " + budget.toPlainString() + " SEK ("
                            + alreadyGranted.toPlainString() + " SEK granted)");
        }
    }
}

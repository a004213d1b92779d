package se.klossnet.exchange.cost;

import se.klossnet.events.exchange.CostCategory;

/** What a cost is for. The network's contract knows fewer categories; see {@link #category()}. */
public enum CostType {
    SALARY,
    TRAVEL,
    HOST_COMPENSATION,
    OTHER;

    /** The category in CostRecorded. The contract has no HOST_COMPENSATION, so it travels as OTHER. */
    public CostCategory category() {
        return switch (this) {
            case SALARY -> CostCategory.SALARY;
            case TRAVEL -> CostCategory.TRAVEL;
            case HOST_COMPENSATION, OTHER -> CostCategory.OTHER;
        };
    }
}

package se.klossnet.events.exchange;

public enum CostCategory {
    SALARY,
    TRAVEL,
    OTHER
}

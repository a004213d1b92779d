package se.klossnet.reporting.export;

/** What a column holds, which decides how small-cell suppression treats it. */
public enum ColumnKind {
    /** A group-by value (institution id, year, direction, ...). Never suppressed. */
    DIMENSION,
    /** A readable name for a dimension value. Never suppressed. */
    LABEL,
    /** A count of people, applications, exchanges, ...: suppressed when below the threshold. */
    COUNT,
    /** A sum, rate or average: suppressed when the count it rests on (its basis) is. */
    MEASURE,
    /** An operational value (timestamps, lags) that says nothing about people. Never suppressed. */
    INFO
}

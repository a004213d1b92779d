package se.klossnet.call.review;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import se.klossnet.call.call.Criterion;

/** The weighted total of a review on the 1–5 scale: the sum of weight × score over the criteria, divided by 100. */
final class WeightedTotal {

    private WeightedTotal() {
    }

    static BigDecimal of(List<Score> scores, List<Criterion> criteria) {
        Map<String, Integer> byCriterion = scores.stream().collect(Collectors.toMap(Score::criterion, Score::score));
        int weighted = criteria.stream().mapToInt(c -> c.weight() * byCriterion.getOrDefault(c.key(), 0)).sum();
        int weights = criteria.stream().mapToInt(Criterion::weight).sum();
        return BigDecimal.valueOf(weighted).divide(BigDecimal.valueOf(weights == 0 ? 100 : weights), 2, RoundingMode.HALF_UP);
    }

    /** The mean of several reviews' totals; null when there is none. */
    static BigDecimal mean(List<BigDecimal> totals) {
        if (totals.isEmpty()) {
            return null;
        }
        return totals.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(totals.size()), 2, RoundingMode.HALF_UP);
    }
}

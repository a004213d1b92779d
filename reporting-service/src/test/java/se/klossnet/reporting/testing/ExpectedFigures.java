package se.klossnet.reporting.testing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import se.klossnet.events.Direction;
import se.klossnet.events.FundingSource;
import se.klossnet.events.HostSector;
import se.klossnet.events.followup.OutcomeSide;
import se.klossnet.events.followup.OutcomeType;
import se.klossnet.events.followup.RespondentRole;

/**
 * What a generated stream must produce, kept as plain facts and counted with Java streams: an oracle independent
 * of the service's SQL. Duplicates, the order of arrival and dead-lettered records do not appear here.
 */
public final class ExpectedFigures {

    /** The dimensions a fact is counted under. {@code year} is the year the figure counts in. */
    public record Dims(String institution, int year, String quarter, Direction direction, FundingSource funding,
                       List<String> themes, HostSector hostSector, String hostRegion, String programmeId) {
    }

    public record CallFact(Dims dims) {
    }

    public record ApplicationFact(Dims dims, boolean endorsed, boolean granted, boolean rejected, boolean withdrawn,
                                  BigDecimal grantedSek) {
    }

    public record ExchangeFact(Dims dims, String exchangeId, boolean started, boolean completed, boolean cancelled,
                               BigDecimal personMonths, long daysCallCloseToStart, String hostKey) {
    }

    public record CostFact(Dims dims, String exchangeId, BigDecimal amount) {
    }

    public record OutcomeFact(Dims dims, OutcomeType type, OutcomeSide side, boolean evidence) {
    }

    public record SurveyFact(Dims dims, String responseId, RespondentRole role, Map<String, Integer> scores) {
    }

    final List<CallFact> calls = new ArrayList<>();
    final List<ApplicationFact> applications = new ArrayList<>();
    final List<ExchangeFact> exchanges = new ArrayList<>();
    final List<CostFact> costs = new ArrayList<>();
    final List<OutcomeFact> outcomes = new ArrayList<>();
    final List<SurveyFact> surveys = new ArrayList<>();
    final Map<String, Long> distinctEvents = new HashMap<>();
    final Map<String, Long> deadLetters = new HashMap<>();
    long records;

    /** The key figures the national API must give for the facts that pass {@code filter}. */
    public Map<String, Object> keyFigures(Predicate<Dims> filter) {
        Map<String, Object> f = new HashMap<>();
        f.put("calls", calls.stream().filter(c -> filter.test(c.dims())).count());
        List<ApplicationFact> apps = applications.stream().filter(a -> filter.test(a.dims())).toList();
        long submitted = apps.size();
        long endorsed = apps.stream().filter(ApplicationFact::endorsed).count();
        long granted = apps.stream().filter(ApplicationFact::granted).count();
        f.put("applications", submitted);
        f.put("endorsed", endorsed);
        f.put("granted", granted);
        f.put("rejected", apps.stream().filter(ApplicationFact::rejected).count());
        f.put("withdrawn", apps.stream().filter(ApplicationFact::withdrawn).count());
        f.put("endorsementRate", ratio(endorsed, submitted));
        f.put("grantRate", ratio(granted, submitted));
        f.put("fundsGrantedSek", apps.stream().filter(ApplicationFact::granted).map(ApplicationFact::grantedSek)
                .reduce(BigDecimal.ZERO, BigDecimal::add));
        List<ExchangeFact> ex = exchanges.stream().filter(e -> filter.test(e.dims())).toList();
        f.put("exchangesPlanned", (long) ex.size());
        f.put("exchangesStarted", ex.stream().filter(ExchangeFact::started).count());
        f.put("exchangesCompleted", ex.stream().filter(ExchangeFact::completed).count());
        f.put("exchangesCancelled", ex.stream().filter(ExchangeFact::cancelled).count());
        f.put("personMonths", ex.stream().filter(ExchangeFact::completed).map(ExchangeFact::personMonths)
                .reduce(BigDecimal.ZERO, BigDecimal::add));
        f.put("hostOrganisations", ex.stream().map(ExchangeFact::hostKey).distinct().count());
        List<ExchangeFact> started = ex.stream().filter(ExchangeFact::started).toList();
        f.put("avgDaysCallCloseToStart", started.isEmpty() ? null : BigDecimal.valueOf(
                started.stream().mapToLong(ExchangeFact::daysCallCloseToStart).sum())
                .divide(BigDecimal.valueOf(started.size()), 1, RoundingMode.HALF_UP));
        List<CostFact> cost = costs.stream().filter(c -> filter.test(c.dims())).toList();
        f.put("fundsSpentSek", cost.stream().map(CostFact::amount).reduce(BigDecimal.ZERO, BigDecimal::add));
        f.put("costedExchanges", cost.stream().map(CostFact::exchangeId).distinct().count());
        List<OutcomeFact> out = outcomes.stream().filter(o -> filter.test(o.dims())).toList();
        f.put("outcomes", (long) out.size());
        f.put("outcomesWithEvidence", out.stream().filter(OutcomeFact::evidence).count());
        List<SurveyFact> sur = surveys.stream().filter(s -> filter.test(s.dims())).toList();
        f.put("surveyResponses", (long) sur.size());
        long scoreCount = sur.stream().mapToLong(s -> s.scores().size()).sum();
        long scoreSum = sur.stream().flatMap(s -> s.scores().values().stream()).mapToLong(Integer::longValue).sum();
        f.put("avgSurveyScore", scoreCount == 0 ? null
                : BigDecimal.valueOf(scoreSum).divide(BigDecimal.valueOf(scoreCount), 2, RoundingMode.HALF_UP));
        return f;
    }

    /** Outcomes per type and side. */
    public Map<List<Object>, Long> outcomesByTypeAndSide(Predicate<Dims> filter) {
        Map<List<Object>, Long> counts = new HashMap<>();
        outcomes.stream().filter(o -> filter.test(o.dims()))
                .forEach(o -> counts.merge(List.of(o.type().name(), o.side().name()), 1L, Long::sum));
        return counts;
    }

    /** Average score per respondent role and question, rounded like the API (2 decimals). */
    public Map<List<Object>, BigDecimal> surveyAverages(Predicate<Dims> filter) {
        Map<List<Object>, long[]> sums = new HashMap<>();
        surveys.stream().filter(s -> filter.test(s.dims())).forEach(s -> s.scores().forEach((q, score) -> {
            long[] sum = sums.computeIfAbsent(List.of(s.role().name(), q), k -> new long[2]);
            sum[0] += score;
            sum[1]++;
        }));
        Map<List<Object>, BigDecimal> averages = new HashMap<>();
        sums.forEach((k, v) -> averages.put(k, BigDecimal.valueOf(v[0]).divide(BigDecimal.valueOf(v[1]), 2,
                RoundingMode.HALF_UP)));
        return averages;
    }

    /** Distinct events per institution that the hub must ingest (dead-lettered records excluded). */
    public long distinctEvents(String institution) {
        return distinctEvents.getOrDefault(institution, 0L);
    }

    public long deadLetters(String institution) {
        return deadLetters.getOrDefault(institution, 0L);
    }

    /** Records produced, duplicates and dead letters included. */
    public long records() {
        return records;
    }

    public long totalDistinctEvents() {
        return distinctEvents.values().stream().mapToLong(Long::longValue).sum();
    }

    public static BigDecimal ratio(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
    }

    static String quarterOf(LocalDate date) {
        return date.getYear() + "-Q" + ((date.getMonthValue() - 1) / 3 + 1);
    }
}

package se.klossnet.reporting.figures;

import jakarta.ws.rs.QueryParam;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import se.klossnet.events.Direction;
import se.klossnet.events.FundingSource;
import se.klossnet.events.HostSector;
import se.klossnet.events.Topics;
import se.klossnet.platform.problem.Problem;
import se.klossnet.platform.problem.ValidationFailed;

/**
 * The filter and group-by query parameters every figures endpoint takes. Each list parameter may be repeated or
 * comma-separated ({@code institution=kth,mau}). Invalid values are a 400 naming the parameter.
 */
public class FilterParams {

    /** At most this many group-by dimensions, which keeps every table small. */
    static final int MAX_GROUP_BY = 3;

    @QueryParam("year")
    public String year;
    @QueryParam("quarter")
    public String quarter;
    @QueryParam("institution")
    public List<String> institution;
    @QueryParam("region")
    public List<String> region;
    @QueryParam("direction")
    public List<String> direction;
    @QueryParam("hostSector")
    public List<String> hostSector;
    @QueryParam("programme")
    public List<String> programme;
    @QueryParam("fundingSource")
    public List<String> fundingSource;
    @QueryParam("theme")
    public List<String> theme;
    @QueryParam("groupBy")
    public List<String> groupBy;

    public FigureFilter toFilter() {
        List<Problem.FieldError> errors = new ArrayList<>();
        ReportingPeriod period = period(errors);
        FigureFilter filter = new FigureFilter(period,
                values("institution", institution, v -> Topics.INSTITUTION_ID.matcher(v).matches(),
                        "is not an institution id", errors),
                values("region", region, v -> v.length() <= 60, "is too long", errors),
                values("direction", direction, names(Direction.values()), "is not one of " + namesOf(Direction.values()), errors),
                values("hostSector", hostSector, names(HostSector.values()), "is not one of " + namesOf(HostSector.values()), errors),
                values("programme", programme, v -> v.length() <= 100, "is too long", errors),
                values("fundingSource", fundingSource, names(FundingSource.values()),
                        "is not one of " + namesOf(FundingSource.values()), errors),
                values("theme", theme, v -> v.length() <= 80, "is too long", errors));
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        return filter;
    }

    /** The group-by dimensions asked for, in order; each must be one of {@code allowed}. */
    public List<Dimension> groupBy(Collection<Dimension> allowed) {
        List<String> keys = split(groupBy);
        Set<Dimension> dimensions = new LinkedHashSet<>();
        for (String key : keys) {
            Dimension dimension = Dimension.byKey(key).filter(allowed::contains).orElseThrow(() -> new ValidationFailed(
                    "groupBy", "'" + key + "' is not one of " + allowed.stream().map(Dimension::key).toList()));
            dimensions.add(dimension);
        }
        if (dimensions.size() > MAX_GROUP_BY) {
            throw new ValidationFailed("groupBy", "at most " + MAX_GROUP_BY + " dimensions");
        }
        return List.copyOf(dimensions);
    }

    private ReportingPeriod period(List<Problem.FieldError> errors) {
        if (year != null && quarter != null) {
            errors.add(new Problem.FieldError("quarter", "give a year or a quarter, not both"));
            return null;
        }
        if (year != null) {
            try {
                int y = Integer.parseInt(year.strip());
                if (y < 1990 || y > 2200) {
                    throw new NumberFormatException();
                }
                return ReportingPeriod.year(y);
            } catch (NumberFormatException e) {
                errors.add(new Problem.FieldError("year", "is not a year such as 2025"));
                return null;
            }
        }
        if (quarter != null) {
            try {
                return ReportingPeriod.quarter(quarter.strip());
            } catch (IllegalArgumentException e) {
                errors.add(new Problem.FieldError("quarter", e.getMessage()));
            }
        }
        return null;
    }

    private static List<String> values(String field, List<String> raw, Predicate<String> valid, String message,
                                       List<Problem.FieldError> errors) {
        List<String> values = split(raw);
        for (String value : values) {
            if (!valid.test(value)) {
                errors.add(new Problem.FieldError(field, "'" + value + "' " + message));
            }
        }
        return values;
    }

    static List<String> split(List<String> raw) {
        if (raw == null) {
            return List.of();
        }
        return raw.stream().flatMap(v -> Arrays.stream(v.split(","))).map(String::strip).filter(v -> !v.isEmpty())
                .distinct().toList();
    }

    private static Predicate<String> names(Enum<?>[] constants) {
        Set<String> names = Arrays.stream(constants).map(Enum::name).collect(Collectors.toSet());
        return names::contains;
    }

    private static String namesOf(Enum<?>[] constants) {
        return Arrays.stream(constants).map(Enum::name).collect(Collectors.joining(", "));
    }
}

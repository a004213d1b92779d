package se.klossnet.reporting.figures;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * A projection table that figures are counted from, with how each dimension is found for its rows. Programme
 * attributes (funding source, themes, and the direction where the fact lacks one) are joined at query time, so a
 * fact that arrived before its programme is still counted right once the programme is there.
 *
 * <p>{@code {tz}} in the SQL is the reporting time zone: timestamps are counted in the year and quarter of Swedish
 * local time.
 */
enum FactSource {

    CALLS("rp_call c" + programme("c") + institution("c"),
            "c", "(c.opens_at AT TIME ZONE '{tz}')::date",
            dims().direction("p.direction").programme("c.programme_id").build()),

    APPLICATIONS("rp_application a" + programme("a") + institution("a"),
            "a", "(COALESCE(a.submitted_at, a.granted_at, a.rejected_at, a.endorsed_at, a.withdrawn_at) AT TIME ZONE '{tz}')::date",
            dims().direction("COALESCE(a.direction, p.direction)").host("a").programme("a.programme_id").build()),

    EXCHANGES("rp_exchange e" + programme("e") + institution("e")
            + " LEFT JOIN rp_application ea ON ea.pv = e.pv AND ea.institution = e.institution AND ea.application_id = e.application_id"
            + " LEFT JOIN rp_call ec ON ec.pv = ea.pv AND ec.institution = ea.institution AND ec.call_id = ea.call_id",
            "e", "COALESCE(e.planned_start, e.started_on, e.completed_on, e.cancelled_on)",
            dims().direction("COALESCE(e.direction, p.direction)").host("e").programme("e.programme_id").build()),

    COSTS("rp_cost k" + exchange("k") + programme("e") + institution("k"),
            "k", "k.booked_on",
            dims().direction("COALESCE(e.direction, p.direction)").host("e").programme("e.programme_id").build()),

    OUTCOMES("rp_outcome o" + exchange("o") + programme("e") + institution("o"),
            "o", "o.occurred_on",
            dims().direction("COALESCE(e.direction, p.direction)").host("e").programme("e.programme_id")
                    .with(Dimension.OUTCOME_TYPE, "o.outcome_type").with(Dimension.OUTCOME_SIDE, "o.side").build()),

    SURVEYS("rp_survey_score s" + exchange("s") + programme("e") + institution("s"),
            "s", "(s.responded_at AT TIME ZONE '{tz}')::date",
            dims().direction("COALESCE(e.direction, p.direction)").host("e").programme("e.programme_id")
                    .with(Dimension.QUESTION, "s.question").with(Dimension.RESPONDENT_ROLE, "s.respondent_role").build());

    private final String from;
    private final String alias;
    private final String date;
    private final Map<Dimension, String> dimensions;

    FactSource(String from, String alias, String date, Map<Dimension, String> dimensions) {
        this.from = from;
        this.alias = alias;
        this.date = date;
        this.dimensions = dimensions;
    }

    String from() {
        return from;
    }

    /** The alias of the fact table, whose {@code pv} selects the projection version. */
    String alias() {
        return alias;
    }

    /** The date a fact counts in, for the period filter and the year and quarter dimensions. */
    String date() {
        return date;
    }

    /** The SQL expression of a dimension for this source's rows; empty when the dimension does not apply. */
    Optional<String> dimension(Dimension dimension) {
        return switch (dimension) {
            case INSTITUTION -> Optional.of(alias + ".institution");
            case YEAR -> Optional.of("extract(year FROM " + date + ")::int");
            case QUARTER -> Optional.of("to_char(" + date + ", 'YYYY-\"Q\"Q')");
            default -> Optional.ofNullable(dimensions.get(dimension));
        };
    }

    boolean supports(Dimension dimension) {
        return dimension(dimension).isPresent();
    }

    private static String programme(String alias) {
        return " LEFT JOIN rp_programme p ON p.pv = " + alias + ".pv AND p.institution = " + alias
                + ".institution AND p.programme_id = " + alias + ".programme_id";
    }

    private static String exchange(String alias) {
        return " LEFT JOIN rp_exchange e ON e.pv = " + alias + ".pv AND e.institution = " + alias
                + ".institution AND e.exchange_id = " + alias + ".exchange_id";
    }

    private static String institution(String alias) {
        return " LEFT JOIN institution i ON i.id = " + alias + ".institution";
    }

    private static Dims dims() {
        return new Dims();
    }

    /** The dimensions every source shares, plus its own. */
    private static final class Dims {
        private final Map<Dimension, String> map = new EnumMap<>(Dimension.class);

        Dims() {
            map.put(Dimension.REGION, "i.region_code");
            map.put(Dimension.FUNDING_SOURCE, "p.funding_source");
            map.put(Dimension.THEME, "th.theme");
        }

        Dims direction(String expression) {
            return with(Dimension.DIRECTION, expression);
        }

        Dims programme(String expression) {
            return with(Dimension.PROGRAMME, expression);
        }

        Dims host(String alias) {
            with(Dimension.HOST_SECTOR, alias + ".host_sector");
            return with(Dimension.HOST_REGION, alias + ".host_region");
        }

        Dims with(Dimension dimension, String expression) {
            map.put(dimension, expression);
            return this;
        }

        Map<Dimension, String> build() {
            return Map.copyOf(map);
        }
    }
}

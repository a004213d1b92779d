package se.klossnet.reporting.figures;

import java.util.Arrays;
import java.util.Optional;
import se.klossnet.reporting.export.Column;
import se.klossnet.reporting.export.ColumnKind;

/**
 * The national key figures (../shared/domain.md). Most are one SQL aggregate over a {@link FactSource}; the rates are
 * derived from two counts. A measure names the count it rests on, which small-cell suppression follows.
 */
public enum KeyFigure {
    CALLS("calls", "Utlysningar", "Calls", FactSource.CALLS, ColumnKind.COUNT,
            "count(*) FILTER (WHERE c.opens_at IS NOT NULL)", null),
    APPLICATIONS("applications", "Ansökningar", "Applications", FactSource.APPLICATIONS, ColumnKind.COUNT,
            "count(*) FILTER (WHERE a.submitted_at IS NOT NULL)", null),
    ENDORSED("endorsed", "Förankrade ansökningar", "Applications endorsed", FactSource.APPLICATIONS, ColumnKind.COUNT,
            "count(*) FILTER (WHERE a.endorsed_at IS NOT NULL)", null),
    ENDORSEMENT_RATE("endorsementRate", "Förankringsgrad", "Endorsement rate", null, ColumnKind.MEASURE, null,
            "applications"),
    GRANTED("granted", "Beviljade ansökningar", "Applications granted", FactSource.APPLICATIONS, ColumnKind.COUNT,
            "count(*) FILTER (WHERE a.granted_at IS NOT NULL)", null),
    REJECTED("rejected", "Avslagna ansökningar", "Applications rejected", FactSource.APPLICATIONS, ColumnKind.COUNT,
            "count(*) FILTER (WHERE a.rejected_at IS NOT NULL)", null),
    WITHDRAWN("withdrawn", "Återkallade ansökningar", "Applications withdrawn", FactSource.APPLICATIONS,
            ColumnKind.COUNT, "count(*) FILTER (WHERE a.withdrawn_at IS NOT NULL)", null),
    GRANT_RATE("grantRate", "Beviljandegrad", "Grant rate", null, ColumnKind.MEASURE, null, "applications"),
    FUNDS_GRANTED_SEK("fundsGrantedSek", "Beviljade medel (kr)", "Funds granted (SEK)", FactSource.APPLICATIONS,
            ColumnKind.MEASURE, "COALESCE(sum(a.granted_sek) FILTER (WHERE a.granted_at IS NOT NULL), 0)", "granted"),
    EXCHANGES_PLANNED("exchangesPlanned", "Planerade utbyten", "Exchanges planned", FactSource.EXCHANGES,
            ColumnKind.COUNT, "count(*) FILTER (WHERE e.planned_at IS NOT NULL)", null),
    EXCHANGES_STARTED("exchangesStarted", "Startade utbyten", "Exchanges started", FactSource.EXCHANGES,
            ColumnKind.COUNT, "count(*) FILTER (WHERE e.started_on IS NOT NULL)", null),
    EXCHANGES_COMPLETED("exchangesCompleted", "Genomförda utbyten", "Exchanges completed", FactSource.EXCHANGES,
            ColumnKind.COUNT, "count(*) FILTER (WHERE e.completed_on IS NOT NULL)", null),
    EXCHANGES_CANCELLED("exchangesCancelled", "Avbrutna utbyten", "Exchanges cancelled", FactSource.EXCHANGES,
            ColumnKind.COUNT, "count(*) FILTER (WHERE e.cancelled_on IS NOT NULL)", null),
    PERSON_MONTHS("personMonths", "Personmånader", "Person-months", FactSource.EXCHANGES, ColumnKind.MEASURE,
            "COALESCE(sum(e.person_months) FILTER (WHERE e.completed_on IS NOT NULL), 0)", "exchangesCompleted"),
    HOST_ORGANISATIONS("hostOrganisations", "Mottagarorganisationer", "Host organisations", FactSource.EXCHANGES,
            ColumnKind.COUNT, "count(DISTINCT COALESCE(e.host_org_number, e.exchange_id))"
                    + " FILTER (WHERE e.host_sector IS NOT NULL)", null),
    AVG_DAYS_CALL_CLOSE_TO_START("avgDaysCallCloseToStart", "Dagar från stängd utlysning till start",
            "Days from call close to start", FactSource.EXCHANGES, ColumnKind.MEASURE,
            "round(avg(e.started_on - (ec.closed_at AT TIME ZONE '{tz}')::date), 1)", "exchangesStarted"),
    FUNDS_SPENT_SEK("fundsSpentSek", "Förbrukade medel (kr)", "Funds spent (SEK)", FactSource.COSTS,
            ColumnKind.MEASURE, "COALESCE(sum(k.amount_sek), 0)", "costedExchanges"),
    COSTED_EXCHANGES("costedExchanges", "Utbyten med kostnader", "Exchanges with costs", FactSource.COSTS,
            ColumnKind.COUNT, "count(DISTINCT k.exchange_id)", null),
    OUTCOMES("outcomes", "Resultat", "Outcomes", FactSource.OUTCOMES, ColumnKind.COUNT, "count(*)", null),
    OUTCOMES_WITH_EVIDENCE("outcomesWithEvidence", "Resultat med belägg", "Outcomes with evidence",
            FactSource.OUTCOMES, ColumnKind.COUNT, "count(*) FILTER (WHERE o.has_evidence)", null),
    SURVEY_RESPONSES("surveyResponses", "Enkätsvar", "Survey responses", FactSource.SURVEYS, ColumnKind.COUNT,
            "count(DISTINCT s.response_id)", null),
    AVG_SURVEY_SCORE("avgSurveyScore", "Medelbetyg (1–5)", "Average score (1–5)", FactSource.SURVEYS,
            ColumnKind.MEASURE, "round(avg(s.score), 2)", "surveyResponses");

    private final String key;
    private final String sv;
    private final String en;
    private final FactSource source;
    private final ColumnKind kind;
    private final String aggregate;
    private final String basis;

    KeyFigure(String key, String sv, String en, FactSource source, ColumnKind kind, String aggregate, String basis) {
        this.key = key;
        this.sv = sv;
        this.en = en;
        this.source = source;
        this.kind = kind;
        this.aggregate = aggregate;
        this.basis = basis;
    }

    public String key() {
        return key;
    }

    /** The source it is counted from; null for a figure derived from others. */
    FactSource source() {
        return source;
    }

    String aggregate() {
        return aggregate;
    }

    /** A sum or count that is 0, rather than absent, where a source has no rows for a group. */
    boolean zeroWhenNoRows() {
        return kind == ColumnKind.COUNT || aggregate != null && aggregate.startsWith("COALESCE(sum");
    }

    public Column column() {
        return new Column(key, sv, en, kind, basis);
    }

    public static Optional<KeyFigure> byKey(String key) {
        return Arrays.stream(values()).filter(f -> f.key.equals(key)).findFirst();
    }
}

package se.klossnet.reporting.projection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import se.klossnet.events.DomainEvent;
import se.klossnet.events.EventEnvelope;
import se.klossnet.events.HostOrganisation;
import se.klossnet.events.call.ApplicationEndorsed;
import se.klossnet.events.call.ApplicationGranted;
import se.klossnet.events.call.ApplicationRejected;
import se.klossnet.events.call.ApplicationSubmitted;
import se.klossnet.events.call.ApplicationWithdrawn;
import se.klossnet.events.call.CallClosed;
import se.klossnet.events.call.CallPublished;
import se.klossnet.events.call.ProgrammeCreated;
import se.klossnet.events.exchange.AgreementSigned;
import se.klossnet.events.exchange.CostRecorded;
import se.klossnet.events.exchange.ExchangeCancelled;
import se.klossnet.events.exchange.ExchangeCompleted;
import se.klossnet.events.exchange.ExchangeExtended;
import se.klossnet.events.exchange.ExchangePlanned;
import se.klossnet.events.exchange.ExchangeStarted;
import se.klossnet.events.followup.DisseminationReported;
import se.klossnet.events.followup.FocusGroupHeld;
import se.klossnet.events.followup.LogbookEntryAdded;
import se.klossnet.events.followup.OutcomeReported;
import se.klossnet.events.followup.SurveyResponded;
import se.klossnet.reporting.sql.Jdbc;

/**
 * Applies one event to one projection version. Each version de-duplicates on the event id itself (rp_event), so the
 * live consumer and a rebuild may both apply the same event to a version being built. Each event type owns its
 * columns of a fact row and upserts them, so the result does not depend on the order of arrival.
 */
@ApplicationScoped
public class EventProjector {

    private static final List<String> PROGRAMME_KEY = List.of("pv", "institution", "programme_id");
    private static final List<String> CALL_KEY = List.of("pv", "institution", "call_id");
    private static final List<String> APPLICATION_KEY = List.of("pv", "institution", "application_id");
    private static final List<String> EXCHANGE_KEY = List.of("pv", "institution", "exchange_id");

    private static final String SEEN = """
            INSERT INTO rp_event (pv, event_id, institution, event_type, topic, occurred_at) VALUES (?, ?, ?, ?, ?, ?)
            ON CONFLICT (pv, event_id) DO NOTHING
            """;
    // The batch form of SEEN: one statement for many events; returns the ids the version did not have yet.
    private static final String SEEN_ALL = """
            INSERT INTO rp_event (pv, event_id, institution, event_type, topic, occurred_at)
            SELECT ?, e::uuid, i, t, tp, o::timestamptz
            FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[]) AS u(e, i, t, tp, o)
            ON CONFLICT (pv, event_id) DO NOTHING
            RETURNING event_id
            """;
    private static final Upsert PROGRAMME = Upsert.into("rp_programme", PROGRAMME_KEY,
            List.of("name", "direction", "funding_source", "themes", "budget_sek", "created_at"));
    private static final Upsert CALL_PUBLISHED = Upsert.into("rp_call", CALL_KEY,
            List.of("programme_id", "opens_at", "closes_at", "budget_sek", "max_grant_sek"));
    private static final Upsert CALL_CLOSED = Upsert.into("rp_call", CALL_KEY,
            List.of("programme_id", "closed_at", "closed_by_deadline", "application_count"));
    // The grant decision's host is the final one; the submitted host only counts until a grant is known.
    private static final Upsert APPLICATION_SUBMITTED = Upsert.into("rp_application", APPLICATION_KEY,
            List.of("call_id", "programme_id", "extent_percent", "months", "requested_sek", "submitted_at",
                    "host_sector=CASE WHEN t.granted_at IS NULL THEN EXCLUDED.host_sector ELSE t.host_sector END",
                    "host_country=CASE WHEN t.granted_at IS NULL THEN EXCLUDED.host_country ELSE t.host_country END",
                    "host_region=CASE WHEN t.granted_at IS NULL THEN EXCLUDED.host_region ELSE t.host_region END"));
    private static final Upsert APPLICATION_ENDORSED = Upsert.into("rp_application", APPLICATION_KEY,
            List.of("call_id", "endorsed_at"));
    private static final Upsert APPLICATION_WITHDRAWN = Upsert.into("rp_application", APPLICATION_KEY,
            List.of("call_id", "withdrawn_at"));
    private static final Upsert APPLICATION_GRANTED = Upsert.into("rp_application", APPLICATION_KEY,
            List.of("call_id", "programme_id", "direction", "host_sector", "host_country", "host_region",
                    "granted_at", "granted_sek"));
    private static final Upsert APPLICATION_REJECTED = Upsert.into("rp_application", APPLICATION_KEY,
            List.of("call_id", "rejected_at"));
    private static final Upsert EXCHANGE_PLANNED = Upsert.into("rp_exchange", EXCHANGE_KEY,
            List.of("application_id", "programme_id", "direction", "host_sector", "host_country", "host_org_number",
                    "host_region", "planned_start", "planned_end", "extent_percent", "budget_sek", "planned_at"));
    private static final Upsert AGREEMENT_SIGNED = Upsert.into("rp_exchange", EXCHANGE_KEY,
            List.of("agreement_signed_at=GREATEST(t.agreement_signed_at, EXCLUDED.agreement_signed_at)",
                    "agreement_version=GREATEST(t.agreement_version, EXCLUDED.agreement_version)"));
    private static final Upsert EXCHANGE_STARTED = Upsert.into("rp_exchange", EXCHANGE_KEY, List.of("started_on"));
    // Extensions only ever move the end later, so the latest end wins whatever order they arrive in.
    private static final Upsert EXCHANGE_EXTENDED = Upsert.into("rp_exchange", EXCHANGE_KEY,
            List.of("extended_end=GREATEST(t.extended_end, EXCLUDED.extended_end)"));
    private static final Upsert EXCHANGE_COMPLETED = Upsert.into("rp_exchange", EXCHANGE_KEY,
            List.of("completed_on", "person_months"));
    private static final Upsert EXCHANGE_CANCELLED = Upsert.into("rp_exchange", EXCHANGE_KEY,
            List.of("cancelled_on", "cancel_reason"));
    // A cost posted again under its id is a correction: the later posting wins, whatever the arrival order.
    private static final Upsert COST = new Upsert("""
            INSERT INTO rp_cost AS t (pv, institution, cost_id, exchange_id, category, amount_sek, booked_on, recorded_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (pv, institution, cost_id) DO UPDATE SET exchange_id = EXCLUDED.exchange_id,
                category = EXCLUDED.category, amount_sek = EXCLUDED.amount_sek, booked_on = EXCLUDED.booked_on,
                recorded_at = EXCLUDED.recorded_at
            WHERE t.recorded_at <= EXCLUDED.recorded_at
            """, 3);
    private static final Upsert OUTCOME = Upsert.into("rp_outcome", List.of("pv", "institution", "outcome_id"),
            List.of("exchange_id", "outcome_type", "side", "occurred_on", "has_evidence"));
    private static final Upsert SURVEY_SCORE = Upsert.into("rp_survey_score",
            List.of("pv", "institution", "response_id", "question"),
            List.of("score", "exchange_id", "survey_id", "respondent_role", "responded_at"));
    private static final Upsert LOGBOOK_ENTRY = Upsert.into("rp_logbook_entry", List.of("pv", "institution", "entry_id"),
            List.of("exchange_id", "written_on", "word_count"));
    private static final Upsert FOCUS_GROUP = Upsert.into("rp_focus_group", List.of("pv", "institution", "focus_group_id"),
            List.of("programme_id", "held_on", "participant_count", "themes"));
    private static final Upsert DISSEMINATION = new Upsert("""
            INSERT INTO rp_dissemination (pv, event_id, institution, exchange_id, reported_on, activity, activity_count)
            VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING
            """, 0);

    private final Jdbc jdbc;

    public EventProjector(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Applies {@code event} to projection version {@code pv}, once.
     *
     * @return false when the version had the event already
     * @throws IllegalArgumentException for an event the projections cannot take (a permanent failure: dead-lettered)
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean apply(int pv, EventEnvelope<DomainEvent> event) {
        if (jdbc.update(SEEN, pv, event.id(), event.institution(), event.eventType().name(), event.topic(),
                event.time()) == 0) {
            return false;
        }
        project(pv, event.institution(), event.time(), event, (upsert, parameters) -> jdbc.update(upsert.sql(), parameters));
        return true;
    }

    /**
     * Applies {@code events} to projection version {@code pv}, each once, with one statement for the seen-rows and
     * the fact upserts sent as JDBC batches (one round trip per statement shape). The upserts are independent of
     * the order of arrival (see the class comment), so grouping them by statement gives the same rows as applying
     * the events one by one.
     *
     * @return how many of the events the version did not have yet
     * @throws IllegalArgumentException for an event the projections cannot take; nothing of the batch is written
     *                                  then, and the caller applies the events one by one to find it
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int applyAll(int pv, List<EventEnvelope<DomainEvent>> events) {
        if (events.isEmpty()) {
            return 0;
        }
        Set<UUID> fresh = new HashSet<>(jdbc.query(SEEN_ALL, List.of(pv,
                events.stream().map(e -> e.id().toString()).toList(),
                events.stream().map(EventEnvelope::institution).toList(),
                events.stream().map(e -> e.eventType().name()).toList(),
                events.stream().map(EventEnvelope::topic).toList(),
                events.stream().map(e -> e.time().toString()).toList()), row -> row.getObject(1, UUID.class)));
        int applied = 0;
        Jdbc.Batch batch = jdbc.batch();
        for (EventEnvelope<DomainEvent> event : events) {
            if (fresh.remove(event.id())) { // an id twice in the batch is applied once
                project(pv, event.institution(), event.time(), event,
                        (upsert, parameters) -> batch.add(upsert.sql(), upsert.keyWidth(), parameters));
                applied++;
            }
        }
        batch.execute();
        return applied;
    }

    /** Where {@link #project} writes: straight to the database, or into a batch. */
    @FunctionalInterface
    private interface Writer {
        void write(Upsert upsert, Object... parameters);
    }

    private static void project(int pv, String inst, Instant at, EventEnvelope<DomainEvent> event, Writer out) {
        switch (event.data()) {
            case ProgrammeCreated e -> out.write(PROGRAMME, pv, inst, e.programmeId(), e.name(), e.direction(),
                    e.fundingSource(), e.themes(), e.budgetSek(), at);
            case CallPublished e -> out.write(CALL_PUBLISHED, pv, inst, e.callId(), e.programmeId(), e.opensAt(),
                    e.closesAt(), e.budgetSek(), e.maxGrantSek());
            case CallClosed e -> out.write(CALL_CLOSED, pv, inst, e.callId(), e.programmeId(), e.closedAt(),
                    e.byDeadline(), e.applicationCount());
            case ApplicationSubmitted e -> out.write(APPLICATION_SUBMITTED, pv, inst, e.applicationId(), e.callId(),
                    e.programmeId(), e.extentPercent(), e.months(), e.requestedSek(), at, sector(e.host()),
                    country(e.host()), region(e.host()));
            case ApplicationEndorsed e -> out.write(APPLICATION_ENDORSED, pv, inst, e.applicationId(), e.callId(), at);
            case ApplicationWithdrawn e -> out.write(APPLICATION_WITHDRAWN, pv, inst, e.applicationId(), e.callId(), at);
            case ApplicationGranted e -> out.write(APPLICATION_GRANTED, pv, inst, e.applicationId(), e.callId(),
                    e.programmeId(), e.direction(), sector(e.host()), country(e.host()), region(e.host()), at,
                    e.grantedSek());
            case ApplicationRejected e -> out.write(APPLICATION_REJECTED, pv, inst, e.applicationId(), e.callId(), at);
            case ExchangePlanned e -> out.write(EXCHANGE_PLANNED, pv, inst, e.exchangeId(), e.applicationId(),
                    e.programmeId(), e.direction(), sector(e.host()), country(e.host()),
                    e.host() == null ? null : e.host().organisationNumber(), region(e.host()), e.plannedStart(),
                    e.plannedEnd(), e.extentPercent(), e.budgetSek(), at);
            case AgreementSigned e -> out.write(AGREEMENT_SIGNED, pv, inst, e.exchangeId(), at, e.agreementVersion());
            case ExchangeStarted e -> out.write(EXCHANGE_STARTED, pv, inst, e.exchangeId(), e.startedOn());
            case ExchangeExtended e -> out.write(EXCHANGE_EXTENDED, pv, inst, e.exchangeId(), e.newEnd());
            case ExchangeCompleted e -> out.write(EXCHANGE_COMPLETED, pv, inst, e.exchangeId(), e.completedOn(),
                    e.personMonths());
            case ExchangeCancelled e -> out.write(EXCHANGE_CANCELLED, pv, inst, e.exchangeId(), e.cancelledOn(),
                    e.reason());
            case CostRecorded e -> out.write(COST, pv, inst, e.costId(), e.exchangeId(), e.category(), e.amountSek(),
                    e.bookedOn(), at);
            case OutcomeReported e -> out.write(OUTCOME, pv, inst, e.outcomeId(), e.exchangeId(), e.type(), e.side(),
                    e.occurredOn(), e.hasEvidence());
            case SurveyResponded e -> surveyResponded(pv, inst, at, e, out);
            case LogbookEntryAdded e -> out.write(LOGBOOK_ENTRY, pv, inst, e.entryId(), e.exchangeId(), e.writtenOn(),
                    e.wordCount());
            case FocusGroupHeld e -> out.write(FOCUS_GROUP, pv, inst, e.focusGroupId(), e.programmeId(), e.heldOn(),
                    e.participantCount(), e.themes());
            case DisseminationReported e -> {
                for (Map.Entry<String, Integer> activity : e.activities().entrySet()) {
                    out.write(DISSEMINATION, pv, event.id(), inst, e.exchangeId(), e.reportedOn(), activity.getKey(),
                            activity.getValue());
                }
            }
            default -> throw new IllegalArgumentException("no national projection for " + event.type());
        }
    }

    private static void surveyResponded(int pv, String inst, Instant at, SurveyResponded e, Writer out) {
        for (Map.Entry<String, Integer> score : e.scores().entrySet()) {
            if (score.getValue() == null || score.getValue() < 1 || score.getValue() > 5) {
                // A score outside the scale would skew every average it lands in: refuse the whole response.
                throw new IllegalArgumentException("survey response " + e.responseId() + " has score "
                        + score.getValue() + " for " + score.getKey() + "; the scale is 1-5");
            }
        }
        for (Map.Entry<String, Integer> score : e.scores().entrySet()) {
            out.write(SURVEY_SCORE, pv, inst, e.responseId(), score.getKey(), score.getValue(), e.exchangeId(),
                    e.surveyId(), e.respondentRole(), at);
        }
    }

    private static String sector(HostOrganisation host) {
        return host == null || host.sector() == null ? null : host.sector().name();
    }

    private static String country(HostOrganisation host) {
        return host == null ? null : host.country();
    }

    private static String region(HostOrganisation host) {
        return host == null ? null : host.region();
    }
}

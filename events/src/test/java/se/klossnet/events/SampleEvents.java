package se.klossnet.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import se.klossnet.events.call.ApplicationEndorsed;
import se.klossnet.events.call.ApplicationGranted;
import se.klossnet.events.call.ApplicationRejected;
import se.klossnet.events.call.ApplicationSubmitted;
import se.klossnet.events.call.ApplicationWithdrawn;
import se.klossnet.events.call.CallClosed;
import se.klossnet.events.call.CallPublished;
import se.klossnet.events.call.ProgrammeCreated;
import se.klossnet.events.exchange.AgreementSigned;
import se.klossnet.events.exchange.CancellationReason;
import se.klossnet.events.exchange.CostCategory;
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
import se.klossnet.events.followup.OutcomeSide;
import se.klossnet.events.followup.OutcomeType;
import se.klossnet.events.followup.RespondentRole;
import se.klossnet.events.followup.SurveyResponded;

/**
 * One realistic event per catalogue type: a PAUS exchange at KTH, from programme to follow-up. Tests that iterate the
 * catalogue ask {@link #of(EventType)}, which fails for a type without a sample.
 */
public final class SampleEvents {

    public static final String PROGRAMME = "prg-kth-paus-2025";
    public static final String CALL = "call-kth-paus-2025-1";
    public static final String APPLICATION = "app-7f3c9e2a";
    public static final String EXCHANGE = "exc-3a9d51b0";

    /** A Swedish company (Saab AB's organisationsnummer, valid Luhn digit) and a foreign agency. */
    public static final HostOrganisation SWEDISH_HOST = new HostOrganisation(HostSector.BUSINESS, "SE", "5560360793", "01");
    public static final HostOrganisation FOREIGN_HOST = new HostOrganisation(HostSector.PUBLIC, "DE", null, null);

    private static final Map<Class<? extends DomainEvent>, DomainEvent> SAMPLES = index(
            new ProgrammeCreated(PROGRAMME, "PAUS 2025", Direction.OUTBOUND, FundingSource.OWN_FUNDS,
                    List.of("teaching", "student-involvement"), new BigDecimal("2400000.00")),
            new CallPublished(CALL, PROGRAMME, Instant.parse("2025-01-15T08:00:00Z"),
                    Instant.parse("2025-03-15T22:59:59Z"), new BigDecimal("1200000.00"), new BigDecimal("150000.00")),
            new CallClosed(CALL, PROGRAMME, Instant.parse("2025-03-15T23:00:00.123456Z"), true, 14),
            new ApplicationSubmitted(APPLICATION, CALL, PROGRAMME, "psn-4b1d9c07", SWEDISH_HOST, 20, 6,
                    new BigDecimal("96000.00")),
            new ApplicationEndorsed(APPLICATION, CALL, "psn-mgr-22c8e615"),
            new ApplicationWithdrawn("app-0c41d7e3", CALL),
            new ApplicationGranted(APPLICATION, CALL, PROGRAMME, Direction.ALLIANCE, "psn-4b1d9c07", SWEDISH_HOST,
                    LocalDate.of(2025, 9, 1), LocalDate.of(2026, 2, 28), 20, new BigDecimal("90000.00"),
                    List.of("result:course-module", "users:master-students", "activity:seminar-series"),
                    List.of(FOREIGN_HOST, new HostOrganisation(HostSector.ACADEMIA, "FI", null, "Uusimaa"))),
            new ApplicationRejected("app-91e2f004", CALL),
            new ExchangePlanned(EXCHANGE, null, "prg-kth-affilierad", Direction.INBOUND, "psn-e83a10f2",
                    FOREIGN_HOST, LocalDate.of(2025, 9, 1), LocalDate.of(2026, 2, 28), 20,
                    new BigDecimal("90000.00")),
            new AgreementSigned(EXCHANGE, 2, "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"),
            new ExchangeStarted(EXCHANGE, LocalDate.of(2025, 9, 1)),
            new ExchangeExtended(EXCHANGE, LocalDate.of(2026, 2, 28), LocalDate.of(2026, 4, 30)),
            new ExchangeCompleted(EXCHANGE, LocalDate.of(2026, 4, 30), new BigDecimal("1.6")),
            new ExchangeCancelled("exc-77c0e9d4", CancellationReason.HOST_WITHDREW, LocalDate.of(2025, 8, 12)),
            new CostRecorded(EXCHANGE, "cost-2025-10-0042", CostCategory.TRAVEL, new BigDecimal("4350.50"),
                    LocalDate.of(2025, 10, 3)),
            new LogbookEntryAdded(EXCHANGE, "log-5e0b2c11", LocalDate.of(2025, 10, 6), 7, 412),
            new SurveyResponded(EXCHANGE, "srv-end-2026", "rsp-a1b2c3d4", RespondentRole.HOST_CONTACT,
                    orderedMap("mutual-value", 5, "would-host-again", 4)),
            new FocusGroupHeld("fg-kth-2026-05", PROGRAMME, LocalDate.of(2026, 5, 20), 8,
                    List.of("management-support", "student-involvement")),
            new OutcomeReported("out-6d2f9a70", EXCHANGE, OutcomeType.JOINT_PUBLICATION, OutcomeSide.EXTERNAL,
                    LocalDate.of(2027, 3, 1), true),
            new DisseminationReported(EXCHANGE, LocalDate.of(2026, 6, 15), orderedMap("SEMINAR", 3, "ARTICLE", 1)),
            new se.klossnet.events.privacy.PersonExportRequested("prv-0b7c2e14", "psn-4b1d9c07"),
            new se.klossnet.events.privacy.PersonExportPartReady("prv-0b7c2e14", "exchange-service", 3),
            new se.klossnet.events.privacy.PersonErasureRequested("prv-91d0aa53", "psn-4b1d9c07", "psn-dpo-6a21f0c8"),
            new se.klossnet.events.privacy.PersonErasureCompleted("prv-91d0aa53", "followup-service", 5),
            new se.klossnet.events.privacy.PersonErasureRefused("prv-91d0aa53", "exchange-service",
                    "accounting-records"));

    private SampleEvents() {
    }

    /** The sample of a catalogue type; fails the calling test when there is none. */
    public static DomainEvent of(EventType type) {
        DomainEvent sample = SAMPLES.get(type.recordClass());
        if (sample == null) {
            throw new AssertionError("SampleEvents has no sample of " + type.name() + ": add one");
        }
        return sample;
    }

    public static Stream<EventType> catalogue() {
        return EventCatalog.all().stream();
    }

    public static Map<Class<? extends DomainEvent>, DomainEvent> all() {
        return SAMPLES;
    }

    private static Map<Class<? extends DomainEvent>, DomainEvent> index(DomainEvent... events) {
        Map<Class<? extends DomainEvent>, DomainEvent> samples = new LinkedHashMap<>();
        for (DomainEvent event : events) {
            if (samples.put(event.getClass(), event) != null) {
                throw new IllegalStateException("two samples of " + event.getClass().getSimpleName());
            }
        }
        return samples;
    }

    private static Map<String, Integer> orderedMap(String key1, int value1, String key2, int value2) {
        Map<String, Integer> map = new LinkedHashMap<>();
        map.put(key1, value1);
        map.put(key2, value2);
        return map;
    }
}

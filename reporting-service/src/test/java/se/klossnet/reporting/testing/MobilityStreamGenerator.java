package se.klossnet.reporting.testing;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Consumer;
import org.apache.kafka.clients.producer.ProducerRecord;
import se.klossnet.events.DomainEvent;
import se.klossnet.events.Direction;
import se.klossnet.events.EventEnvelope;
import se.klossnet.events.FundingSource;
import se.klossnet.events.HostOrganisation;
import se.klossnet.events.HostSector;
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
import se.klossnet.events.kafka.CloudEventsKafkaMapping;

/**
 * Generates a realistic event stream of whole programme cycles (programme, call, applications, review, exchanges,
 * costs, outcomes, surveys) with known totals, as CloudEvents Kafka records, and the {@link ExpectedFigures} it
 * must give. Seeded, so the same settings give the same stream. It also mixes in what a real network does to a
 * consumer: every seventh event is delivered twice, the events of every third exchange arrive in reverse order
 * (ExchangeCompleted before ExchangePlanned) and before the grant that led to them, and, on request, one record of
 * an unknown type and one of an unsupported schema version, which must go to the DLQ.
 *
 * <p>Used by the tests and by {@code IngestThroughputBenchmark}; {@link #generate} emits records one programme at a
 * time, so a stream of a million events never has to sit in memory.
 */
public final class MobilityStreamGenerator {

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    private static final List<String> REGIONS = List.of("01", "12", "14", "03", "24");
    private static final List<String> THEMES = List.of("teaching", "student involvement", "research", "innovation");
    private static final List<String> QUESTIONS = List.of("q1-value", "q2-support", "q3-recommend");

    private final Random random;
    private final List<String> institutions;
    private final List<Integer> years;
    private final int programmesPerYear;
    private final int applicationsPerProgramme;
    private final boolean withAnomalies;
    private final Instant ageAnchor;
    private final ExpectedFigures expected = new ExpectedFigures();
    private long sequence;
    private String currentProgramme;

    private MobilityStreamGenerator(Builder builder) {
        this.random = new Random(builder.seed);
        this.institutions = List.copyOf(builder.institutions);
        this.years = List.copyOf(builder.years);
        this.programmesPerYear = builder.programmesPerYear;
        this.applicationsPerProgramme = builder.applicationsPerProgramme;
        this.withAnomalies = builder.withAnomalies;
        this.ageAnchor = builder.allEventsAt;
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private long seed = 42;
        private List<String> institutions = List.of("lu", "sh");
        private List<Integer> years = List.of(2024, 2025);
        private int programmesPerYear = 2;
        private int applicationsPerProgramme = 8;
        private boolean withAnomalies = true;
        private Instant allEventsAt;

        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        public Builder institutions(String... ids) {
            this.institutions = List.of(ids);
            return this;
        }

        public Builder years(Integer... years) {
            this.years = List.of(years);
            return this;
        }

        public Builder programmesPerYear(int n) {
            this.programmesPerYear = n;
            return this;
        }

        public Builder applicationsPerProgramme(int n) {
            this.applicationsPerProgramme = n;
            return this;
        }

        /** Duplicates, reversed exchanges and the two dead-letter records (default on). */
        public Builder withAnomalies(boolean on) {
            this.withAnomalies = on;
            return this;
        }

        /** Stamps every envelope with this time instead of the time of the fact (for staleness tests). */
        public Builder allEventsAt(Instant at) {
            this.allEventsAt = at;
            return this;
        }

        public MobilityStreamGenerator build() {
            return new MobilityStreamGenerator(this);
        }
    }

    /** Emits every record in order of production, then returns what the figures must be. */
    public ExpectedFigures generate(Consumer<ProducerRecord<String, byte[]>> out) {
        for (int year : years) {
            for (String institution : institutions) {
                for (int p = 0; p < programmesPerYear; p++) {
                    programmeCycle(institution, year, p, out);
                }
            }
        }
        if (withAnomalies) {
            out.accept(unknownType(institutions.get(0)));
            expected.deadLetters.merge(institutions.get(0), 1L, Long::sum);
            String second = institutions.get(institutions.size() > 1 ? 1 : 0);
            out.accept(unsupportedVersion(second));
            expected.deadLetters.merge(second, 1L, Long::sum);
            expected.records += 2;
        }
        return expected;
    }

    /** All records in a list, for small streams. */
    public List<ProducerRecord<String, byte[]>> records() {
        List<ProducerRecord<String, byte[]>> records = new ArrayList<>();
        generate(records::add);
        return records;
    }

    public ExpectedFigures expected() {
        return expected;
    }

    private void programmeCycle(String inst, int year, int index, Consumer<ProducerRecord<String, byte[]>> out) {
        Direction direction = Direction.values()[(index + year) % 2 == 0 ? 0 : 1];
        if (index % 3 == 2) {
            direction = Direction.ALLIANCE;
        }
        FundingSource funding = FundingSource.values()[random.nextInt(3)];
        List<String> themes = List.of(THEMES.get(random.nextInt(THEMES.size())), THEMES.get(random.nextInt(THEMES.size())))
                .stream().distinct().toList();
        String programmeId = id("prog");
        currentProgramme = programmeId;
        String callId = id("call");
        Instant opens = at(year, 1, 10);
        Instant closes = at(year, 3, 1);
        List<Emitted> block = new ArrayList<>();
        Emitted programme = new Emitted(inst, new ProgrammeCreated(programmeId, "Programme " + programmeId.substring(5, 11),
                direction, funding, themes, BigDecimal.valueOf(2_000_000)), at(year, 1, 5));
        block.add(new Emitted(inst, new CallPublished(callId, programmeId, opens, closes, BigDecimal.valueOf(1_500_000),
                BigDecimal.valueOf(250_000)), opens));
        block.add(new Emitted(inst, new CallClosed(callId, programmeId, closes, true, applicationsPerProgramme), closes));
        expected.calls.add(new ExpectedFigures.CallFact(dims(inst, LocalDate.of(year, 1, 10), direction, funding, themes,
                null, null)));

        for (int a = 0; a < applicationsPerProgramme; a++) {
            application(inst, year, direction, funding, themes, programmeId, callId, block);
        }
        // A third of the programmes arrive after their facts: funding source and themes are joined at query time.
        if (withAnomalies && index % 3 == 1) {
            block.add(programme);
        } else {
            block.add(0, programme);
        }
        block.forEach(e -> emit(e, out));
    }

    private void application(String inst, int year, Direction direction, FundingSource funding, List<String> themes,
                             String programmeId, String callId, List<Emitted> block) {
        String applicationId = id("app");
        String person = id("p");
        HostSector sector = HostSector.values()[random.nextInt(HostSector.values().length)];
        String region = REGIONS.get(random.nextInt(REGIONS.size()));
        String orgNumber = random.nextInt(4) == 0 ? null : "55600000" + (10 + random.nextInt(6));
        HostOrganisation host = new HostOrganisation(sector, orgNumber == null ? "DE" : "SE", orgNumber,
                orgNumber == null ? null : region);
        LocalDate submittedOn = LocalDate.of(year, 2, 1 + random.nextInt(27));
        List<Emitted> own = new ArrayList<>();
        own.add(new Emitted(inst, new ApplicationSubmitted(applicationId, callId, programmeId, person, host, 20, 6,
                BigDecimal.valueOf(120_000)), noon(submittedOn)));
        boolean endorsed = random.nextInt(4) != 0;
        if (endorsed) {
            own.add(new Emitted(inst, new ApplicationEndorsed(applicationId, callId, id("m")), noon(submittedOn.plusDays(2))));
        }
        int outcome = random.nextInt(10);
        boolean granted = outcome < 5;
        boolean rejected = outcome >= 5 && outcome < 8;
        boolean withdrawn = outcome == 8;
        BigDecimal grantedSek = BigDecimal.valueOf(100_000 + 5_000L * random.nextInt(10)).setScale(2);
        ExpectedFigures.Dims applicationDims = dims(inst, submittedOn, direction, funding, themes, sector,
                host.region());
        expected.applications.add(new ExpectedFigures.ApplicationFact(applicationDims, endorsed, granted, rejected,
                withdrawn, granted ? grantedSek : BigDecimal.ZERO));
        LocalDate plannedStart = LocalDate.of(year, 5, 1);
        LocalDate plannedEnd = LocalDate.of(year, 10, 31);
        if (rejected) {
            own.add(new Emitted(inst, new ApplicationRejected(applicationId, callId), at(year, 4, 1)));
        } else if (withdrawn) {
            own.add(new Emitted(inst, new ApplicationWithdrawn(applicationId, callId), at(year, 3, 20)));
        } else if (granted) {
            own.add(new Emitted(inst, new ApplicationGranted(applicationId, callId, programmeId, direction, person, host,
                    plannedStart, plannedEnd, 20, grantedSek, List.of("course"), List.of()), at(year, 4, 1)));
            List<Emitted> exchange = exchange(inst, year, direction, funding, themes, programmeId, applicationId, person,
                    host, plannedStart, plannedEnd, grantedSek);
            if (withAnomalies && expected.exchanges.size() % 3 == 0) {
                // The exchange's events arrive in reverse, before the grant that led to it.
                Collections.reverse(exchange);
                own.addAll(0, exchange);
            } else {
                own.addAll(exchange);
            }
        }
        block.addAll(own);
    }

    private List<Emitted> exchange(String inst, int year, Direction direction, FundingSource funding, List<String> themes,
                                   String programmeId, String applicationId, String person, HostOrganisation host,
                                   LocalDate plannedStart, LocalDate plannedEnd, BigDecimal budget) {
        String exchangeId = id("ex");
        List<Emitted> events = new ArrayList<>();
        events.add(new Emitted(inst, new ExchangePlanned(exchangeId, applicationId, programmeId, direction, person, host,
                plannedStart, plannedEnd, 20, budget), at(year, 4, 2)));
        events.add(new Emitted(inst, new AgreementSigned(exchangeId, 1, "ab".repeat(32)), at(year, 4, 20)));
        int fate = random.nextInt(10);
        boolean started = fate < 8;
        boolean completed = fate < 5;
        boolean cancelled = fate >= 8;
        LocalDate startedOn = plannedStart.plusDays(random.nextInt(20));
        BigDecimal personMonths = BigDecimal.valueOf(6 + random.nextInt(7), 1).setScale(2); // 0.6–1.2
        ExpectedFigures.Dims exchangeDims = dims(inst, plannedStart, direction, funding, themes, host.sector(),
                host.region());
        // The call closed on 1 March (Swedish time), so the days to the start are counted from there.
        long days = ChronoUnit.DAYS.between(LocalDate.of(year, 3, 1), startedOn);
        expected.exchanges.add(new ExpectedFigures.ExchangeFact(exchangeDims, exchangeId, started, completed,
                cancelled, completed ? personMonths : BigDecimal.ZERO, days,
                host.organisationNumber() == null ? exchangeId : host.organisationNumber()));
        if (started) {
            events.add(new Emitted(inst, new ExchangeStarted(exchangeId, startedOn), noon(startedOn)));
            LogbookEntryAdded entry = new LogbookEntryAdded(exchangeId, id("log"), startedOn.plusDays(7), 1, 250);
            events.add(new Emitted(inst, entry, noon(startedOn.plusDays(7))));
            if (random.nextInt(5) == 0) {
                events.add(new Emitted(inst, new ExchangeExtended(exchangeId, plannedEnd, plannedEnd.plusMonths(1)),
                        at(year, 9, 1)));
            }
            LocalDate booked = LocalDate.of(year, 6, 30);
            for (int c = 0; c < 1 + random.nextInt(2); c++) {
                BigDecimal amount = BigDecimal.valueOf(10_000 + 1_000L * random.nextInt(20)).setScale(2);
                events.add(new Emitted(inst, new CostRecorded(exchangeId, id("cost"), CostCategory.SALARY, amount, booked),
                        noon(booked)));
                expected.costs.add(new ExpectedFigures.CostFact(dims(inst, booked, direction, funding, themes,
                        host.sector(), host.region()), exchangeId, amount));
            }
        }
        if (completed) {
            LocalDate completedOn = LocalDate.of(year, 11, 15);
            events.add(new Emitted(inst, new ExchangeCompleted(exchangeId, completedOn, personMonths), noon(completedOn)));
            for (int o = 0; o < random.nextInt(3); o++) {
                OutcomeType type = OutcomeType.values()[random.nextInt(4)];
                OutcomeSide side = OutcomeSide.values()[random.nextInt(2)];
                boolean evidence = random.nextBoolean();
                LocalDate occurred = LocalDate.of(year, 12, 1);
                events.add(new Emitted(inst, new OutcomeReported(id("out"), exchangeId, type, side, occurred, evidence),
                        noon(occurred)));
                expected.outcomes.add(new ExpectedFigures.OutcomeFact(dims(inst, occurred, direction, funding, themes,
                        host.sector(), host.region()), type, side, evidence));
            }
            for (RespondentRole role : List.of(RespondentRole.PARTICIPANT, RespondentRole.MANAGER)) {
                if (random.nextBoolean()) {
                    continue;
                }
                Map<String, Integer> scores = new LinkedHashMap<>();
                QUESTIONS.forEach(q -> scores.put(q, 1 + random.nextInt(5)));
                String responseId = id("resp");
                LocalDate answered = LocalDate.of(year, 11, 20);
                events.add(new Emitted(inst, new SurveyResponded(exchangeId, "survey-" + year, responseId, role, scores),
                        noon(answered)));
                expected.surveys.add(new ExpectedFigures.SurveyFact(dims(inst, answered, direction, funding, themes,
                        host.sector(), host.region()), responseId, role, scores));
            }
            events.add(new Emitted(inst, new DisseminationReported(exchangeId, completedOn.plusDays(10),
                    Map.of("SEMINAR", 1 + random.nextInt(3))), noon(completedOn.plusDays(10))));
        } else if (cancelled) {
            LocalDate cancelledOn = LocalDate.of(year, 4, 25);
            events.add(new Emitted(inst, new ExchangeCancelled(exchangeId, CancellationReason.HOST_WITHDREW, cancelledOn),
                    noon(cancelledOn)));
        }
        if (random.nextInt(10) == 0) {
            events.add(new Emitted(inst, new FocusGroupHeld(id("fg"), programmeId, LocalDate.of(year, 12, 5), 6,
                    List.of("teaching")), at(year, 12, 5)));
        }
        return events;
    }

    private record Emitted(String institution, DomainEvent event, Instant at) {
    }

    private void emit(Emitted emitted, Consumer<ProducerRecord<String, byte[]>> out) {
        Instant time = ageAnchor != null ? ageAnchor : emitted.at();
        EventEnvelope<DomainEvent> envelope = EventEnvelope.wrap(emitted.institution(), serviceOf(emitted.event()),
                emitted.event(), Clock.fixed(time, ZoneOffset.UTC));
        ProducerRecord<String, byte[]> record = CloudEventsKafkaMapping.toRecord(envelope);
        out.accept(record);
        expected.records++;
        expected.distinctEvents.merge(emitted.institution(), 1L, Long::sum);
        if (withAnomalies && ++sequence % 7 == 0) {
            out.accept(CloudEventsKafkaMapping.toRecord(envelope)); // the same event id again: a redelivery
            expected.records++;
        }
    }

    private static String serviceOf(DomainEvent event) {
        String pkg = event.getClass().getPackageName();
        return pkg.substring(pkg.lastIndexOf('.') + 1) + "-service";
    }

    /** A record whose ce_type no catalogue knows: it must be dead-lettered, and ingest must go on. */
    public static ProducerRecord<String, byte[]> unknownType(String institution) {
        EventEnvelope<DomainEvent> template = EventEnvelope.wrap(institution, "exchange-service",
                new ExchangeStarted("ex-teleported", LocalDate.of(2025, 5, 1)), Clock.systemUTC());
        ProducerRecord<String, byte[]> record = CloudEventsKafkaMapping.toRecord(template);
        record.headers().remove("ce_type");
        record.headers().add("ce_type", "se.klossnet.exchange.ExchangeTeleported".getBytes(StandardCharsets.UTF_8));
        return record;
    }

    /** A known type at a schema version this consumer does not read: dead-lettered as well. */
    public static ProducerRecord<String, byte[]> unsupportedVersion(String institution) {
        EventEnvelope<DomainEvent> template = EventEnvelope.wrap(institution, "exchange-service",
                new ExchangeStarted("ex-from-the-future", LocalDate.of(2025, 5, 1)), Clock.systemUTC());
        ProducerRecord<String, byte[]> record = CloudEventsKafkaMapping.toRecord(template);
        record.headers().remove("ce_schemaversion");
        record.headers().add("ce_schemaversion", "2".getBytes(StandardCharsets.UTF_8));
        return record;
    }

    private ExpectedFigures.Dims dims(String inst, LocalDate date, Direction direction, FundingSource funding,
                                      List<String> themes, HostSector sector, String region) {
        return new ExpectedFigures.Dims(inst, date.getYear(), ExpectedFigures.quarterOf(date), direction, funding,
                themes, sector, region, currentProgramme);
    }

    private String id(String prefix) {
        return prefix + "-" + new UUID(random.nextLong(), random.nextLong());
    }

    private static Instant at(int year, int month, int day) {
        return noon(LocalDate.of(year, month, day));
    }

    private static Instant noon(LocalDate date) {
        return date.atTime(12, 0).atZone(STOCKHOLM).toInstant();
    }
}

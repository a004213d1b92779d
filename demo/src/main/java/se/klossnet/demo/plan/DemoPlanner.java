package se.klossnet.demo.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import se.klossnet.demo.plan.Catalogue.Host;
import se.klossnet.demo.plan.Catalogue.Partner;
import se.klossnet.demo.plan.Catalogue.ProgrammeKind;
import se.klossnet.demo.plan.DemoPlan.ActivityPlan;
import se.klossnet.demo.plan.DemoPlan.AlliancePlan;
import se.klossnet.demo.plan.DemoPlan.ApplicationPlan;
import se.klossnet.demo.plan.DemoPlan.CallPlan;
import se.klossnet.demo.plan.DemoPlan.CostPlan;
import se.klossnet.demo.plan.DemoPlan.DisseminationTopics;
import se.klossnet.demo.plan.DemoPlan.ExchangeFate;
import se.klossnet.demo.plan.DemoPlan.ExchangePlan;
import se.klossnet.demo.plan.DemoPlan.Fate;
import se.klossnet.demo.plan.DemoPlan.HostPlan;
import se.klossnet.demo.plan.DemoPlan.InstitutionPlan;
import se.klossnet.demo.plan.DemoPlan.OutcomePlan;
import se.klossnet.demo.plan.DemoPlan.PartnerPlan;
import se.klossnet.demo.plan.DemoPlan.ProgrammePlan;
import se.klossnet.demo.plan.DemoPlan.Scale;
import se.klossnet.demo.plan.DemoPlan.SurveyPlan;
import se.klossnet.events.exchange.CancellationReason;
import se.klossnet.events.Direction;
import se.klossnet.events.followup.OutcomeSide;
import se.klossnet.events.followup.OutcomeType;

/**
 * Decides the demo story from a seed. Every random choice comes from one {@link SplittableRandom} per institution,
 * split from the seed in a fixed order, so adding an institution does not change the others' stories.
 */
public final class DemoPlanner {

    private DemoPlanner() {
    }

    /**
     * @param asOf the day the story is told on: it decides which exchanges are over, running or still ahead
     */
    public static DemoPlan plan(long seed, Scale scale, List<String> institutions, int firstYear, int lastYear,
                                LocalDate asOf) {
        if (firstYear > lastYear) {
            throw new IllegalArgumentException("the first year " + firstYear + " is after the last year " + lastYear);
        }
        List<InstitutionPlan> plans = new ArrayList<>();
        for (String institution : institutions) {
            // A stream of its own per institution, derived from the seed and the institution's id only.
            SplittableRandom random = new SplittableRandom(seed * 31 + institution.hashCode());
            plans.add(new InstitutionPlanner(institution, seed, scale, firstYear, lastYear, asOf, random).plan());
        }
        return new DemoPlan(seed, scale, firstYear, lastYear, List.copyOf(plans));
    }

    /** The batch marker in every programme's name: how a rerun with the same seed recognises its own data. */
    public static String marker(long seed) {
        return "(demo " + seed + ")";
    }

    /** A Swedish organisationsnummer from its first nine digits: the Luhn check digit appended, as NNNNNN-NNNN. */
    static String organisationNumber(String stem) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            int d = stem.charAt(i) - '0';
            int v = i % 2 == 0 ? d * 2 : d;
            sum += v > 9 ? v - 9 : v;
        }
        int check = (10 - sum % 10) % 10;
        return stem.substring(0, 6) + "-" + stem.substring(6) + check;
    }

    private record InstitutionPlanner(String institution, long seed, Scale scale, int firstYear, int lastYear,
                                      LocalDate asOf, SplittableRandom random) {

        InstitutionPlan plan() {
            List<ProgrammePlan> programmes = new ArrayList<>();
            for (ProgrammeKind kind : kinds()) {
                programmes.add(programme(kind));
            }
            return new InstitutionPlan(institution, List.copyOf(programmes));
        }

        /** Every institution runs one programme per direction; at full scale some run a second OUTBOUND one. */
        private List<ProgrammeKind> kinds() {
            List<ProgrammeKind> all = Catalogue.PROGRAMME_KINDS;
            List<ProgrammeKind> outbound = all.stream().filter(k -> k.direction() == Direction.OUTBOUND).toList();
            List<ProgrammeKind> chosen = new ArrayList<>();
            ProgrammeKind first = outbound.get(random.nextInt(outbound.size()));
            chosen.add(first);
            if (scale == Scale.FULL) {
                List<ProgrammeKind> others = outbound.stream().filter(k -> k != first).toList();
                chosen.add(others.get(random.nextInt(others.size())));
            }
            all.stream().filter(k -> k.direction() != Direction.OUTBOUND).forEach(chosen::add);
            return chosen;
        }

        private ProgrammePlan programme(ProgrammeKind kind) {
            String name = institution.toUpperCase(Locale.ROOT) + " " + kind.name() + " " + marker(seed);
            List<Integer> years = callYears(kind);
            List<CallPlan> calls = new ArrayList<>();
            for (int year : years) {
                calls.add(call(kind, year));
            }
            return new ProgrammePlan(name, kind.direction(), kind.fundingSource(), kind.themes(), kind.budgetSek(),
                    List.copyOf(calls));
        }

        private List<Integer> callYears(ProgrammeKind kind) {
            int span = lastYear - firstYear + 1;
            if (scale == Scale.SMALL) {
                // One call each, in different years so that even a small story spans several.
                int offset = switch (kind.direction()) {
                    case OUTBOUND -> 0;
                    case INBOUND -> span / 2;
                    case ALLIANCE -> Math.max(0, span - 2);
                };
                return List.of(firstYear + Math.min(offset, span - 1));
            }
            List<Integer> years = new ArrayList<>();
            int start = firstYear + random.nextInt(Math.min(kind.callEvery(), span));
            for (int year = start; year <= lastYear; year += kind.callEvery()) {
                years.add(year);
            }
            return years;
        }

        private CallPlan call(ProgrammeKind kind, int year) {
            LocalDate opensOn = LocalDate.of(year, 2, 1);
            if (opensOn.isAfter(asOf.minusDays(7))) {
                opensOn = asOf.minusDays(7);
            }
            int count = scale == Scale.SMALL ? (kind.direction() == Direction.OUTBOUND ? 4 : 3)
                    : kind.minApplications() + random.nextInt(kind.maxApplications() - kind.minApplications() + 1);
            List<ApplicationPlan> applications = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                Fate fate = scale == Scale.SMALL ? smallFate(i) : fate();
                applications.add(application(kind, year, fate));
            }
            long granted = applications.stream().mapToLong(ApplicationPlan::grantedSek).sum();
            // Room for every planned grant and some to spare, as real calls rarely spend their budget exactly.
            long budget = Math.max(kind.maxGrantSek(), roundUp(granted * 6 / 5, 50_000));
            String programmeSv = kind.name();
            return new CallPlan(year,
                    "Utlysning " + programmeSv + " " + year, programmeSv + " call " + year,
                    "Utlysning av medel för personrörlighet inom " + programmeSv + " " + year + ".",
                    "Funding for staff mobility in " + programmeSv + " " + year + ".",
                    opensOn, budget, kind.maxGrantSek(), kind.minExtent(), kind.maxExtent(), kind.minMonths(),
                    kind.maxMonths(), kind.staffCategories(), List.copyOf(applications));
        }

        /** The small story: grants, a rejection and a declined endorsement, so every step of the cycle shows. */
        private static Fate smallFate(int i) {
            return switch (i) {
                case 1 -> Fate.REJECTED;
                case 3 -> Fate.ENDORSEMENT_DECLINED;
                default -> Fate.GRANTED;
            };
        }

        private Fate fate() {
            double r = random.nextDouble();
            if (r < 0.05) {
                return Fate.WITHDRAWN;
            }
            if (r < 0.12) {
                return Fate.ENDORSEMENT_DECLINED;
            }
            return r < 0.70 ? Fate.GRANTED : Fate.REJECTED;
        }

        private ApplicationPlan application(ProgrammeKind kind, int year, Fate fate) {
            boolean alliance = kind.direction() == Direction.ALLIANCE;
            Host host = alliance || random.nextDouble() < 0.1
                    ? Catalogue.FOREIGN_HOSTS.get(random.nextInt(Catalogue.FOREIGN_HOSTS.size()))
                    : Catalogue.SWEDISH_HOSTS.get(random.nextInt(Catalogue.SWEDISH_HOSTS.size()));
            if (alliance) {
                // The host of an alliance exchange is one of its enterprise partners.
                Partner p = Catalogue.ALLIANCE_ENTERPRISES.get(random.nextInt(2));
                host = Catalogue.FOREIGN_HOSTS.stream().filter(h -> h.name().equals(p.name())).findFirst().orElse(host);
            }
            HostPlan hostPlan = new HostPlan(host.name(),
                    host.orgNumberStem() == null ? null : organisationNumber(host.orgNumberStem()), host.foreignId(),
                    host.sector(), host.country(), host.region());
            int months = alliance ? (random.nextBoolean() ? 24 : 36)
                    : kind.minMonths() + random.nextInt(kind.maxMonths() - kind.minMonths() + 1);
            LocalDate start = LocalDate.of(year, 8 + random.nextInt(3), 1);
            if (year == lastYear && random.nextBoolean()) {
                // Some of this year's exchanges begin next year: still planned, or signed and waiting.
                start = LocalDate.of(year + 1, 1 + random.nextInt(2), 1);
            }
            LocalDate end = start.plusMonths(months).minusDays(1);
            int extent = roundDown(kind.minExtent() + random.nextInt(kind.maxExtent() - kind.minExtent() + 1), 5);
            extent = Math.max(extent, kind.minExtent());
            long maxGrant = kind.maxGrantSek();
            long travel = roundDown(5_000 + random.nextInt(20_000), 1_000);
            long other = roundDown(random.nextInt(10_000), 1_000);
            long salary = Math.min(maxGrant - travel - other, roundDown((long) (maxGrant * (0.4 + random.nextDouble() * 0.5)), 1_000));
            long requested = salary + travel + other;
            long granted = fate == Fate.GRANTED ? roundDown((long) (requested * (0.8 + random.nextDouble() * 0.2)), 1_000) : 0;
            boolean conflict = fate != Fate.WITHDRAWN && fate != Fate.ENDORSEMENT_DECLINED && random.nextDouble() < 0.1;
            List<Integer> scores = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                scores.add(fate == Fate.GRANTED ? 3 + random.nextInt(3) : 1 + random.nextInt(3));
            }
            DisseminationTopics topics = new DisseminationTopics(pick(Catalogue.TOPICS_RESULT), pick(Catalogue.TOPICS_USERS),
                    pick(Catalogue.TOPICS_ACTIVITY), pick(Catalogue.TOPICS_SUSTAIN));
            String category = kind.staffCategories().get(random.nextInt(kind.staffCategories().size()));
            String studentInvolvement = kind.direction() == Direction.INBOUND
                    ? "Guest lectures and supervision of student projects."
                    : "Student theses and projects with the host.";
            return new ApplicationPlan(category, hostPlan, start, end, extent, salary, travel, other,
                    pick(Catalogue.PURPOSES), pick(Catalogue.MUTUAL_VALUES), studentInvolvement, topics,
                    alliance ? alliance(months) : null, fate, conflict, List.copyOf(scores), granted,
                    fate == Fate.GRANTED ? exchange(start, end, extent, salary, travel, other) : null);
        }

        /** Six organisations with the applicant's institution, four countries, two HEIs and two enterprises. */
        private AlliancePlan alliance(int months) {
            List<PartnerPlan> partners = new ArrayList<>();
            int h = random.nextInt(Catalogue.ALLIANCE_HEIS.size());
            partners.add(partner(Catalogue.ALLIANCE_HEIS.get(h)));
            partners.add(partner(Catalogue.ALLIANCE_ENTERPRISES.get(0)));
            partners.add(partner(Catalogue.ALLIANCE_ENTERPRISES.get(1)));
            partners.add(partner(Catalogue.ALLIANCE_ENTERPRISES.get(2 + random.nextInt(2))));
            partners.add(partner(Catalogue.ALLIANCE_OTHERS.get(random.nextInt(Catalogue.ALLIANCE_OTHERS.size()))));
            return new AlliancePlan(months, List.copyOf(partners));
        }

        private static PartnerPlan partner(Partner p) {
            return new PartnerPlan(p.name(), p.type(), p.country(), p.sector());
        }

        private ExchangePlan exchange(LocalDate start, LocalDate end, int extent, long salary, long travel, long other) {
            ExchangeFate fate;
            if (start.isAfter(asOf)) {
                fate = random.nextDouble() < 0.6 ? ExchangeFate.AGREEMENT_SIGNED : ExchangeFate.PLANNED;
            } else if (!end.isBefore(asOf)) {
                fate = random.nextDouble() < 0.92 ? ExchangeFate.ONGOING : ExchangeFate.CANCELLED;
            } else {
                fate = random.nextDouble() < 0.9 ? ExchangeFate.COMPLETED : ExchangeFate.CANCELLED;
            }
            CancellationReason reason = fate == ExchangeFate.CANCELLED
                    ? List.of(CancellationReason.PARTICIPANT_WITHDREW, CancellationReason.HOST_WITHDREW,
                    CancellationReason.FUNDING_WITHDRAWN).get(random.nextInt(3)) : null;
            long months = Math.max(1, java.time.Period.between(start, end.plusDays(1)).toTotalMonths());
            long monthly = roundDown(salary * 100 / (extent * months), 100);
            List<CostPlan> costs = new ArrayList<>();
            if (fate == ExchangeFate.ONGOING || fate == ExchangeFate.COMPLETED) {
                LocalDate last = end.isBefore(asOf) ? end : asOf;
                // Salary in two postings (mid-term and at the end or so far), travel once, sometimes other costs.
                double drift = 0.85 + random.nextDouble() * 0.3;
                LocalDate mid = start.plusDays(java.time.temporal.ChronoUnit.DAYS.between(start, last) / 2);
                costs.add(new CostPlan("SALARY", roundDown((long) (salary * drift / 2), 100), mid));
                costs.add(new CostPlan("SALARY", roundDown((long) (salary * drift / 2), 100), last));
                costs.add(new CostPlan("TRAVEL", roundDown((long) (travel * drift), 100), start.plusDays(14)));
                if (other > 0 && random.nextBoolean()) {
                    costs.add(new CostPlan(random.nextBoolean() ? "OTHER" : "HOST_COMPENSATION", other, last));
                }
            }
            SurveyPlan surveys = null;
            List<OutcomePlan> outcomes = new ArrayList<>();
            List<ActivityPlan> activities = new ArrayList<>();
            if (fate == ExchangeFate.COMPLETED) {
                int base = 3 + random.nextInt(3);
                surveys = new SurveyPlan(
                        random.nextDouble() < 0.85 ? base : null, 5 + random.nextInt(6),
                        random.nextDouble() < 0.7 ? Math.max(1, base - random.nextInt(2)) : null, 4 + random.nextInt(7),
                        random.nextDouble() < 0.6 ? 2 + random.nextInt(4) : null);
                int n = random.nextInt(4);
                for (int i = 0; i < n; i++) {
                    outcomes.add(outcome());
                }
                int a = 1 + random.nextInt(3);
                for (int i = 0; i < a; i++) {
                    activities.add(new ActivityPlan(pick(List.of("SEMINAR", "ARTICLE", "COURSE", "REPORT", "WEB", "CONFERENCE")),
                            pick(Catalogue.AUDIENCES)));
                }
            } else if (fate == ExchangeFate.ONGOING && random.nextDouble() < 0.3) {
                outcomes.add(outcome());
            }
            return new ExchangePlan(fate, reason, monthly, List.copyOf(costs), surveys, List.copyOf(outcomes),
                    List.copyOf(activities));
        }

        private OutcomePlan outcome() {
            OutcomeType[] types = OutcomeType.values();
            // Course content and continued collaboration are what the AkUt and PAUS follow-ups saw most.
            OutcomeType type = random.nextDouble() < 0.4
                    ? (random.nextBoolean() ? OutcomeType.COURSE_CONTENT : OutcomeType.CONTINUED_COLLABORATION)
                    : types[random.nextInt(types.length)];
            OutcomeSide side = switch (type) {
                case COURSE_CONTENT, STUDENT_THESIS_OR_PROJECT, PROGRAMME_ADOPTED -> OutcomeSide.ACADEMIA;
                case RECRUITMENT, INNOVATION_OR_IP -> OutcomeSide.EXTERNAL;
                default -> random.nextBoolean() ? OutcomeSide.ACADEMIA : OutcomeSide.EXTERNAL;
            };
            return new OutcomePlan(type, side, random.nextDouble() < 0.4);
        }

        private <T> T pick(List<T> list) {
            return list.get(random.nextInt(list.size()));
        }

        private static long roundDown(long value, long unit) {
            return value / unit * unit;
        }

        private static int roundDown(int value, int unit) {
            return value / unit * unit;
        }

        private static long roundUp(long value, long unit) {
            return (value + unit - 1) / unit * unit;
        }
    }
}

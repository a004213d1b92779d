package se.klossnet.demo.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import se.klossnet.demo.plan.DemoPlan.ApplicationPlan;
import se.klossnet.demo.plan.DemoPlan.ExchangeFate;
import se.klossnet.demo.plan.DemoPlan.Fate;
import se.klossnet.demo.plan.DemoPlan.InstitutionPlan;
import se.klossnet.demo.plan.DemoPlan.ProgrammePlan;
import se.klossnet.demo.plan.DemoPlan.Scale;
import se.klossnet.events.Direction;
import se.klossnet.events.FundingSource;
import se.klossnet.events.HostSector;

class DemoPlannerTest {

    private static final List<String> NETWORK = List.of("kth", "mau", "lu");
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 22);

    private static DemoPlan full(long seed) {
        return DemoPlanner.plan(seed, Scale.FULL, NETWORK, 2022, 2026, AS_OF);
    }

    @Test
    void theSameSeedTellsTheSameStory() {
        assertThat(full(42)).isEqualTo(full(42));
        assertThat(DemoPlanner.plan(42, Scale.SMALL, NETWORK, 2022, 2026, AS_OF))
                .isEqualTo(DemoPlanner.plan(42, Scale.SMALL, NETWORK, 2022, 2026, AS_OF));
    }

    @Test
    void anotherSeedTellsAnotherStoryUnderItsOwnMarker() {
        DemoPlan a = full(42);
        DemoPlan b = full(43);
        assertThat(b).isNotEqualTo(a);
        assertThat(programmes(a)).allMatch(p -> p.name().endsWith("(demo 42)"));
        assertThat(programmes(b)).allMatch(p -> p.name().endsWith("(demo 43)"));
    }

    @Test
    void anInstitutionsStoryDoesNotDependOnTheOthers() {
        InstitutionPlan lu = full(42).institutions().get(2);
        InstitutionPlan alone = DemoPlanner.plan(42, Scale.FULL, List.of("lu"), 2022, 2026, AS_OF).institutions().get(0);
        assertThat(alone).isEqualTo(lu);
    }

    @Test
    void theFullStoryCoversEveryDirectionAtEveryInstitutionAndSeveralYears() {
        DemoPlan plan = full(42);
        assertThat(plan.institutions()).extracting(InstitutionPlan::institution).containsExactly("kth", "mau", "lu");
        for (InstitutionPlan institution : plan.institutions()) {
            assertThat(institution.programmes().stream().map(ProgrammePlan::direction).collect(Collectors.toSet()))
                    .as(institution.institution()).isEqualTo(EnumSet.allOf(Direction.class));
            assertThat(institution.calls().stream().map(DemoPlan.CallPlan::year).collect(Collectors.toSet()))
                    .as(institution.institution()).containsAll(List.of(2022, 2023, 2024, 2025, 2026));
        }
        // A few hundred applications across the network: believable, and done in minutes.
        assertThat(plan.applicationCount()).isBetween(150, 400);
    }

    @Test
    void theFullStoryVariesSectorsFundingRegionsAndWhatBecomesOfApplicationsAndExchanges() {
        DemoPlan plan = full(42);
        List<ApplicationPlan> applications = plan.institutions().stream().flatMap(i -> i.applications().stream()).toList();
        assertThat(applications.stream().map(a -> a.host().sector()).collect(Collectors.toSet()))
                .isEqualTo(EnumSet.allOf(HostSector.class));
        assertThat(programmes(plan).stream().map(ProgrammePlan::fundingSource).collect(Collectors.toSet()))
                .contains(FundingSource.OWN_FUNDS, FundingSource.VINNOVA, FundingSource.ERASMUS_PLUS);
        assertThat(applications.stream().map(a -> a.host().region()).collect(Collectors.toSet())).hasSizeGreaterThan(8);
        assertThat(applications.stream().map(ApplicationPlan::fate).collect(Collectors.toSet()))
                .isEqualTo(EnumSet.allOf(Fate.class));
        assertThat(applications.stream().filter(a -> a.exchange() != null).map(a -> a.exchange().fate())
                .collect(Collectors.toSet())).isEqualTo(EnumSet.allOf(ExchangeFate.class));
        assertThat(applications).anyMatch(ApplicationPlan::reviewerConflict);
        long granted = applications.stream().filter(a -> a.fate() == Fate.GRANTED).count();
        assertThat(granted / (double) applications.size()).isBetween(0.45, 0.75);
    }

    @Test
    void everyPlannedApplicationKeepsItsCallsRules() {
        for (InstitutionPlan institution : full(7).institutions()) {
            for (DemoPlan.CallPlan call : institution.calls()) {
                long grants = call.applications().stream().mapToLong(ApplicationPlan::grantedSek).sum();
                assertThat(grants).as("granted within the call's budget").isLessThanOrEqualTo(call.budgetSek());
                assertThat(call.budgetSek()).isGreaterThanOrEqualTo(call.maxGrantSek());
                assertThat(call.opensOn()).isBefore(AS_OF);
                for (ApplicationPlan a : call.applications()) {
                    assertThat(a.requestedSek()).isLessThanOrEqualTo(call.maxGrantSek());
                    assertThat(a.grantedSek()).isLessThanOrEqualTo(a.requestedSek());
                    assertThat(a.extentPercent()).isBetween(call.minExtentPercent(), call.maxExtentPercent());
                    assertThat(call.staffCategories()).contains(a.staffCategory());
                    assertThat(a.plannedEnd()).isAfter(a.plannedStart());
                    if (a.alliance() != null) {
                        Set<String> countries = a.alliance().partners().stream().map(DemoPlan.PartnerPlan::country)
                                .collect(Collectors.toSet());
                        countries.add("SE");
                        assertThat(a.alliance().partners()).hasSizeGreaterThanOrEqualTo(5);
                        assertThat(countries).hasSizeGreaterThanOrEqualTo(3);
                        assertThat(a.alliance().partners()).filteredOn(p -> p.type().equals("ENTERPRISE")).hasSizeGreaterThanOrEqualTo(2);
                        assertThat(a.alliance().partners()).filteredOn(p -> p.type().equals("HEI")).isNotEmpty();
                        assertThat(a.alliance().durationMonths()).isIn(24, 36);
                    }
                    if (a.host().country().equals("SE")) {
                        assertThat(luhnValid(a.host().organisationNumber())).as(a.host().organisationNumber()).isTrue();
                    } else {
                        assertThat(a.host().foreignId()).isNotBlank();
                    }
                }
            }
        }
    }

    @Test
    void exchangesAreOverRunningOrAheadAsOfTheDayTheStoryIsTold() {
        for (ApplicationPlan a : full(42).institutions().stream().flatMap(i -> i.applications().stream()).toList()) {
            if (a.exchange() == null) {
                continue;
            }
            switch (a.exchange().fate()) {
                case COMPLETED -> assertThat(a.plannedEnd()).isBefore(AS_OF);
                case ONGOING -> assertThat(a.plannedStart()).isBeforeOrEqualTo(AS_OF);
                case PLANNED, AGREEMENT_SIGNED -> assertThat(a.plannedStart()).isAfter(AS_OF);
                case CANCELLED -> assertThat(a.exchange().cancellationReason()).isNotNull();
            }
            if (a.exchange().fate() == ExchangeFate.COMPLETED) {
                assertThat(a.exchange().costs()).isNotEmpty().allMatch(c -> !c.bookedOn().isAfter(AS_OF));
                assertThat(a.exchange().surveys()).isNotNull();
            }
        }
    }

    @Test
    void theSmallStoryHasGrantsInEveryDirectionAtEveryInstitution() {
        DemoPlan plan = DemoPlanner.plan(42, Scale.SMALL, NETWORK, 2022, 2026, AS_OF);
        assertThat(plan.applicationCount()).isEqualTo(30);
        for (InstitutionPlan institution : plan.institutions()) {
            for (ProgrammePlan programme : institution.programmes()) {
                assertThat(programme.calls()).hasSize(1);
                assertThat(programme.calls().get(0).applications()).anyMatch(a -> a.fate() == Fate.GRANTED);
            }
            assertThat(institution.calls().stream().map(DemoPlan.CallPlan::year).distinct().count()).isGreaterThan(1);
        }
    }

    @Test
    void organisationNumbersGetTheirLuhnCheckDigit() {
        // Saab AB's published organisationsnummer.
        assertThat(DemoPlanner.organisationNumber("556036079")).isEqualTo("556036-0793");
        assertThat(luhnValid(DemoPlanner.organisationNumber("212000014"))).isTrue();
    }

    @Test
    void yearsMustBeInOrder() {
        assertThatThrownBy(() -> DemoPlanner.plan(1, Scale.SMALL, NETWORK, 2026, 2022, AS_OF))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2026");
    }

    private static List<ProgrammePlan> programmes(DemoPlan plan) {
        return plan.institutions().stream().flatMap(i -> i.programmes().stream()).toList();
    }

    private static boolean luhnValid(String number) {
        String digits = number.replace("-", "");
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = digits.charAt(digits.length() - 1 - i) - '0';
            int v = i % 2 == 1 ? d * 2 : d;
            sum += v > 9 ? v - 9 : v;
        }
        return digits.length() == 10 && sum % 10 == 0;
    }
}

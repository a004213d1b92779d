package se.klossnet.call.application;

import static org.assertj.core.api.Assertions.assertThat;
import static se.klossnet.call.application.EligibilityCode.ALLIANCE_DETAILS_MISSING;
import static se.klossnet.call.application.EligibilityCode.ALLIANCE_DURATION;
import static se.klossnet.call.application.EligibilityCode.ALLIANCE_TOO_FEW_COUNTRIES;
import static se.klossnet.call.application.EligibilityCode.ALLIANCE_TOO_FEW_ENTERPRISES;
import static se.klossnet.call.application.EligibilityCode.ALLIANCE_TOO_FEW_HEIS;
import static se.klossnet.call.application.EligibilityCode.ALLIANCE_TOO_FEW_ORGANISATIONS;
import static se.klossnet.call.application.EligibilityCode.BUDGET_OVER_MAX_GRANT;
import static se.klossnet.call.application.EligibilityCode.CALL_NOT_OPEN;
import static se.klossnet.call.application.EligibilityCode.DURATION_OUT_OF_RANGE;
import static se.klossnet.call.application.EligibilityCode.EXTENT_OUT_OF_RANGE;
import static se.klossnet.call.application.EligibilityCode.FOREIGN_ID_REQUIRED;
import static se.klossnet.call.application.EligibilityCode.ORGANISATION_NUMBER_INVALID;
import static se.klossnet.call.application.EligibilityCode.ORGANISATION_NUMBER_REQUIRED;
import static se.klossnet.call.application.EligibilityCode.STAFF_CATEGORY_NOT_ELIGIBLE;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.klossnet.call.call.StaffCategory;
import se.klossnet.events.Direction;
import se.klossnet.events.HostSector;

/**
 * The eligibility rules, table-driven, at their boundaries. Each case states exactly the codes it expects, so a
 * rule that fires too often or too rarely fails the case.
 */
class EligibilityRulesTest {

    private static final CallLimits OUTBOUND = new CallLimits(true, Direction.OUTBOUND,
            Set.of(StaffCategory.TEACHER, StaffCategory.RESEARCHER), 10, 50, 3, 12, new BigDecimal("150000"));
    private static final CallLimits ALLIANCE = new CallLimits(true, Direction.ALLIANCE,
            Set.of(StaffCategory.values()), 10, 50, 1, 48, new BigDecimal("150000"));

    static Stream<Arguments> outboundCases() {
        return Stream.of(
                row("eligible", OUTBOUND, same(), Set.of()),
                row("call closed or past its deadline", closed(OUTBOUND), same(), Set.of(CALL_NOT_OPEN)),
                row("staff category not eligible", OUTBOUND, t -> with(t, StaffCategory.DOCTORAL_STUDENT),
                        Set.of(STAFF_CATEGORY_NOT_ELIGIBLE)),
                row("extent 9 % < 10", OUTBOUND, t -> extent(t, 9), Set.of(EXTENT_OUT_OF_RANGE)),
                row("extent 10 % = min", OUTBOUND, t -> extent(t, 10), Set.of()),
                row("extent 50 % = max", OUTBOUND, t -> extent(t, 50), Set.of()),
                row("extent 51 % > 50", OUTBOUND, t -> extent(t, 51), Set.of(EXTENT_OUT_OF_RANGE)),
                row("2 months < 3", OUTBOUND, t -> period(t, "2027-09-01", "2027-10-31"), Set.of(DURATION_OUT_OF_RANGE)),
                row("3 months = min", OUTBOUND, t -> period(t, "2027-09-01", "2027-11-30"), Set.of()),
                row("a started month counts: 12 months and a day is 13", OUTBOUND,
                        t -> period(t, "2027-09-01", "2028-09-01"), Set.of(DURATION_OUT_OF_RANGE)),
                row("12 months = max", OUTBOUND, t -> period(t, "2027-09-01", "2028-08-31"), Set.of()),
                row("13 months > 12", OUTBOUND, t -> period(t, "2027-09-01", "2028-09-30"), Set.of(DURATION_OUT_OF_RANGE)),
                row("budget 150 000 = max grant", OUTBOUND, t -> budget(t, "150000"), Set.of()),
                row("budget 150 000.01 > max grant", OUTBOUND, t -> budget(t, "150000.01"), Set.of(BUDGET_OVER_MAX_GRANT)),
                row("bad check digit", OUTBOUND, t -> host(t, "556036-0794", null, "SE"), Set.of(ORGANISATION_NUMBER_INVALID)),
                row("valid number with century prefix", OUTBOUND, t -> host(t, "165560360793", null, "SE"), Set.of()),
                row("a personnummer is no organisationsnummer", OUTBOUND, t -> host(t, "811228-9874", null, "SE"),
                        Set.of(ORGANISATION_NUMBER_INVALID)),
                row("Swedish host without number", OUTBOUND, t -> host(t, null, "X-1", "SE"), Set.of(ORGANISATION_NUMBER_REQUIRED)),
                row("foreign host with foreign id", OUTBOUND, t -> host(t, null, "DE123456789", "DE"), Set.of()),
                row("foreign host without id", OUTBOUND, t -> host(t, null, null, "DE"), Set.of(FOREIGN_ID_REQUIRED)),
                row("every rule at once is reported, not only the first", closed(OUTBOUND),
                        t -> budget(extent(host(with(t, StaffCategory.DOCTORAL_STUDENT), "556036-0794", null, "SE"), 60), "200000"),
                        Set.of(CALL_NOT_OPEN, STAFF_CATEGORY_NOT_ELIGIBLE, EXTENT_OUT_OF_RANGE, BUDGET_OVER_MAX_GRANT,
                                ORGANISATION_NUMBER_INVALID)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("outboundCases")
    void outboundRules(String name, CallLimits call, UnaryOperator<ApplicationTerms> change, Set<EligibilityCode> expected) {
        assertThat(codes(call, change.apply(terms(null)))).isEqualTo(expected);
    }

    static Stream<Arguments> allianceCases() {
        // Partners are listed besides the applicant's institution, which counts as one Swedish HEI.
        return Stream.of(
                Arguments.of("6 organisations, 3 countries, 2 HEIs, 2 enterprises, 24 months",
                        alliance(24, hei("FI"), ent("DE"), ent("DE"), other("FI"), other("SE")), Set.of()),
                Arguments.of("5 organisations", alliance(24, hei("FI"), ent("DE"), ent("DE"), other("FI")),
                        Set.of(ALLIANCE_TOO_FEW_ORGANISATIONS)),
                Arguments.of("2 countries", alliance(24, hei("SE"), ent("FI"), ent("FI"), other("SE"), other("SE")),
                        Set.of(ALLIANCE_TOO_FEW_COUNTRIES)),
                Arguments.of("3 countries", alliance(24, hei("SE"), ent("FI"), ent("DE"), other("SE"), other("SE")), Set.of()),
                Arguments.of("1 HEI (own institution only)", alliance(24, ent("FI"), ent("DE"), other("FI"), other("SE"), other("SE")),
                        Set.of(ALLIANCE_TOO_FEW_HEIS)),
                Arguments.of("1 enterprise", alliance(24, hei("FI"), ent("DE"), other("DE"), other("FI"), other("SE")),
                        Set.of(ALLIANCE_TOO_FEW_ENTERPRISES)),
                Arguments.of("23 months", alliance(23, hei("FI"), ent("DE"), ent("DE"), other("FI"), other("SE")),
                        Set.of(ALLIANCE_DURATION)),
                Arguments.of("36 months", alliance(36, hei("FI"), ent("DE"), ent("DE"), other("FI"), other("SE")), Set.of()),
                Arguments.of("37 months", alliance(37, hei("FI"), ent("DE"), ent("DE"), other("FI"), other("SE")),
                        Set.of(ALLIANCE_DURATION)),
                Arguments.of("a partner's bad check digit",
                        alliance(24, hei("FI"), ent("DE"), new PartnerTerms("Volvo", PartnerType.ENTERPRISE, "SE", "556012-5791", null),
                                other("FI"), other("SE")), Set.of(ORGANISATION_NUMBER_INVALID)),
                Arguments.of("no consortium at all", null, Set.of(ALLIANCE_DETAILS_MISSING)),
                Arguments.of("nothing but the applicant's institution", alliance(12),
                        Set.of(ALLIANCE_TOO_FEW_ORGANISATIONS, ALLIANCE_TOO_FEW_COUNTRIES, ALLIANCE_TOO_FEW_HEIS,
                                ALLIANCE_TOO_FEW_ENTERPRISES, ALLIANCE_DURATION)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("allianceCases")
    void allianceRules(String name, AllianceTerms alliance, Set<EligibilityCode> expected) {
        assertThat(codes(ALLIANCE, terms(alliance))).isEqualTo(expected);
    }

    private static Arguments row(String name, CallLimits call, UnaryOperator<ApplicationTerms> change,
                                 Set<EligibilityCode> expected) {
        return Arguments.of(name, call, change, expected);
    }

    private static Set<EligibilityCode> codes(CallLimits call, ApplicationTerms terms) {
        List<Violation> violations = EligibilityRules.check(call, terms);
        assertThat(violations).allSatisfy(v -> assertThat(v.message()).isNotBlank());
        return Set.copyOf(violations.stream().map(Violation::code).toList());
    }

    static AllianceTerms alliance(int months, PartnerTerms... partners) {
        return new AllianceTerms(months, List.of(partners));
    }

    static PartnerTerms hei(String country) {
        return new PartnerTerms("University in " + country, PartnerType.HEI, country, null, null);
    }

    static PartnerTerms ent(String country) {
        return new PartnerTerms("Company in " + country, PartnerType.ENTERPRISE, country, null, null);
    }

    static PartnerTerms other(String country) {
        return new PartnerTerms("Agency in " + country, PartnerType.OTHER, country, null, HostSector.PUBLIC);
    }

    /** An application that the OUTBOUND call accepts: 20 % for 6 months, 96 000 SEK, Saab. */
    static ApplicationTerms terms(AllianceTerms alliance) {
        PlanAnswer answer = new PlanAnswer("An answer.", List.of("topic"));
        return new ApplicationTerms(StaffCategory.TEACHER,
                new HostTerms("Saab AB", "556036-0793", null, HostSector.BUSINESS, "SE", "01"),
                LocalDate.parse("2027-09-01"), LocalDate.parse("2028-02-29"), 20,
                new BudgetTerms(new BigDecimal("80000"), new BigDecimal("12000"), new BigDecimal("4000")),
                "Purpose", "Mutual value", "Students", new DisseminationPlan(answer, answer, answer, answer, answer, answer),
                alliance, null);
    }

    private static UnaryOperator<ApplicationTerms> same() {
        return t -> t;
    }

    private static CallLimits closed(CallLimits c) {
        return new CallLimits(false, c.direction(), c.eligibleStaffCategories(), c.minExtentPercent(),
                c.maxExtentPercent(), c.minMonths(), c.maxMonths(), c.maxGrantSek());
    }

    private static ApplicationTerms with(ApplicationTerms t, StaffCategory category) {
        return new ApplicationTerms(category, t.host(), t.plannedStart(), t.plannedEnd(), t.extentPercent(), t.budget(),
                t.purpose(), t.mutualValue(), t.studentInvolvement(), t.disseminationPlan(), t.alliance(), null);
    }

    private static ApplicationTerms extent(ApplicationTerms t, int extent) {
        return new ApplicationTerms(t.staffCategory(), t.host(), t.plannedStart(), t.plannedEnd(), extent, t.budget(),
                t.purpose(), t.mutualValue(), t.studentInvolvement(), t.disseminationPlan(), t.alliance(), null);
    }

    private static ApplicationTerms period(ApplicationTerms t, String start, String end) {
        return new ApplicationTerms(t.staffCategory(), t.host(), LocalDate.parse(start), LocalDate.parse(end),
                t.extentPercent(), t.budget(), t.purpose(), t.mutualValue(), t.studentInvolvement(),
                t.disseminationPlan(), t.alliance(), null);
    }

    private static ApplicationTerms budget(ApplicationTerms t, String total) {
        return new ApplicationTerms(t.staffCategory(), t.host(), t.plannedStart(), t.plannedEnd(), t.extentPercent(),
                new BudgetTerms(new BigDecimal(total), BigDecimal.ZERO, BigDecimal.ZERO), t.purpose(), t.mutualValue(),
                t.studentInvolvement(), t.disseminationPlan(), t.alliance(), null);
    }

    private static ApplicationTerms host(ApplicationTerms t, String number, String foreignId, String country) {
        return new ApplicationTerms(t.staffCategory(), new HostTerms("Host", number, foreignId, HostSector.BUSINESS, country, null),
                t.plannedStart(), t.plannedEnd(), t.extentPercent(), t.budget(), t.purpose(), t.mutualValue(),
                t.studentInvolvement(), t.disseminationPlan(), t.alliance(), null);
    }
}

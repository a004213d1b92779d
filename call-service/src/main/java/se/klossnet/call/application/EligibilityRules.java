package se.klossnet.call.application;

import java.util.ArrayList;
import java.util.List;
import se.klossnet.events.Direction;

/**
 * Whether an application fits its call. Checks every rule and reports all that are broken, so that an applicant
 * can correct everything at once. Pure: the moment of checking is folded into {@link CallLimits#open()}.
 */
final class EligibilityRules {

    private EligibilityRules() {
    }

    static List<Violation> check(CallLimits call, ApplicationTerms application) {
        List<Violation> violations = new ArrayList<>();
        if (!call.open()) {
            violations.add(new Violation(EligibilityCode.CALL_NOT_OPEN, "callId",
                    "the call does not take applications now: it is not open, or its deadline has passed"));
        }
        if (!call.eligibleStaffCategories().contains(application.staffCategory())) {
            violations.add(new Violation(EligibilityCode.STAFF_CATEGORY_NOT_ELIGIBLE, "staffCategory",
                    "the call is open to " + call.eligibleStaffCategories().stream().map(Enum::name).sorted().toList()
                            + ", not " + application.staffCategory()));
        }
        int extent = application.extentPercent();
        if (extent < call.minExtentPercent() || extent > call.maxExtentPercent()) {
            violations.add(new Violation(EligibilityCode.EXTENT_OUT_OF_RANGE, "extentPercent",
                    "the extent must be " + call.minExtentPercent() + "–" + call.maxExtentPercent() + " % of full time, not " + extent));
        }
        int months = application.months();
        if (months < call.minMonths() || months > call.maxMonths()) {
            violations.add(new Violation(EligibilityCode.DURATION_OUT_OF_RANGE, "plannedEnd",
                    "the period must last " + call.minMonths() + "–" + call.maxMonths() + " months, not " + months));
        }
        if (application.requestedSek().compareTo(call.maxGrantSek()) > 0) {
            violations.add(new Violation(EligibilityCode.BUDGET_OVER_MAX_GRANT, "budget",
                    "the budget totals " + application.requestedSek().toPlainString() + " SEK; the call grants at most "
                            + call.maxGrantSek().toPlainString() + " SEK"));
        }
        violations.addAll(hostIdentity(application.host()));
        if (call.direction() == Direction.ALLIANCE) {
            violations.addAll(AllianceComposition.violations(application.alliance()));
            violations.addAll(partnerNumbers(application.alliance()));
        }
        return violations;
    }

    private static List<Violation> hostIdentity(HostTerms host) {
        List<Violation> violations = new ArrayList<>();
        if (host.organisationNumber() != null) {
            OrganisationNumber.problemWith(host.organisationNumber()).ifPresent(problem -> violations.add(
                    new Violation(EligibilityCode.ORGANISATION_NUMBER_INVALID, "host.organisationNumber",
                            "the organisationsnummer " + problem)));
        } else if ("SE".equals(host.country())) {
            violations.add(new Violation(EligibilityCode.ORGANISATION_NUMBER_REQUIRED, "host.organisationNumber",
                    "a Swedish host is identified by its organisationsnummer"));
        } else if (host.foreignId() == null || host.foreignId().isBlank()) {
            violations.add(new Violation(EligibilityCode.FOREIGN_ID_REQUIRED, "host.foreignId",
                    "a foreign host needs a foreign id, e.g. its VAT or registry number"));
        }
        return violations;
    }

    private static List<Violation> partnerNumbers(AllianceTerms alliance) {
        List<Violation> violations = new ArrayList<>();
        if (alliance == null) {
            return violations;
        }
        for (int i = 0; i < alliance.partners().size(); i++) {
            String number = alliance.partners().get(i).organisationNumber();
            if (number != null) {
                String field = "alliance.partners[" + i + "].organisationNumber";
                OrganisationNumber.problemWith(number).ifPresent(problem -> violations.add(
                        new Violation(EligibilityCode.ORGANISATION_NUMBER_INVALID, field, "the organisationsnummer " + problem)));
            }
        }
        return violations;
    }
}

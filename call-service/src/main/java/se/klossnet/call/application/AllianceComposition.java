package se.klossnet.call.application;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The Erasmus+ Knowledge Alliance rules: at least 6 organisations from at least 3 countries, among them at least 2
 * HEIs and 2 enterprises, running 24 or 36 months. The applicant's own institution is a member and counts as one
 * Swedish HEI, so an applicant lists only the other partners.
 */
final class AllianceComposition {

    static final int MIN_ORGANISATIONS = 6;
    static final int MIN_COUNTRIES = 3;
    static final int MIN_HEIS = 2;
    static final int MIN_ENTERPRISES = 2;
    static final Set<Integer> DURATIONS = Set.of(24, 36);
    private static final String OWN_COUNTRY = "SE";

    private AllianceComposition() {
    }

    static List<Violation> violations(AllianceTerms alliance) {
        List<Violation> violations = new ArrayList<>();
        if (alliance == null) {
            violations.add(new Violation(EligibilityCode.ALLIANCE_DETAILS_MISSING, "alliance",
                    "an ALLIANCE call needs the consortium's partners and duration"));
            return violations;
        }
        List<PartnerTerms> partners = alliance.partners();
        int organisations = 1 + partners.size();
        Set<String> countries = new HashSet<>(Set.of(OWN_COUNTRY));
        partners.forEach(p -> countries.add(p.country()));
        long heis = 1 + partners.stream().filter(p -> p.type() == PartnerType.HEI).count();
        long enterprises = partners.stream().filter(p -> p.type() == PartnerType.ENTERPRISE).count();
        if (organisations < MIN_ORGANISATIONS) {
            violations.add(new Violation(EligibilityCode.ALLIANCE_TOO_FEW_ORGANISATIONS, "alliance.partners",
                    "the consortium has " + organisations + " organisations including your institution; at least "
                            + MIN_ORGANISATIONS + " are needed"));
        }
        if (countries.size() < MIN_COUNTRIES) {
            violations.add(new Violation(EligibilityCode.ALLIANCE_TOO_FEW_COUNTRIES, "alliance.partners",
                    "the consortium spans " + countries.size() + " countries; at least " + MIN_COUNTRIES + " are needed"));
        }
        if (heis < MIN_HEIS) {
            violations.add(new Violation(EligibilityCode.ALLIANCE_TOO_FEW_HEIS, "alliance.partners",
                    "the consortium has " + heis + " HEI(s) including your institution; at least " + MIN_HEIS + " are needed"));
        }
        if (enterprises < MIN_ENTERPRISES) {
            violations.add(new Violation(EligibilityCode.ALLIANCE_TOO_FEW_ENTERPRISES, "alliance.partners",
                    "the consortium has " + enterprises + " enterprise(s); at least " + MIN_ENTERPRISES + " are needed"));
        }
        if (!DURATIONS.contains(alliance.durationMonths())) {
            violations.add(new Violation(EligibilityCode.ALLIANCE_DURATION, "alliance.durationMonths",
                    "a Knowledge Alliance runs 24 or 36 months, not " + alliance.durationMonths()));
        }
        return violations;
    }
}

package se.klossnet.call.application;

import java.util.ArrayList;
import java.util.List;
import se.klossnet.platform.problem.Problem.FieldError;

/** Rules across fields that every saved application must satisfy, each naming the field to correct. */
final class ApplicationTermsPolicy {

    private ApplicationTermsPolicy() {
    }

    static List<FieldError> violations(ApplicationTerms terms) {
        List<FieldError> errors = new ArrayList<>();
        if (!terms.plannedEnd().isAfter(terms.plannedStart())) {
            errors.add(new FieldError("plannedEnd", "must be after plannedStart"));
        } else if (terms.months() > 120) {
            errors.add(new FieldError("plannedEnd", "the period must be at most 120 months"));
        }
        if (terms.alliance() != null) {
            List<PartnerTerms> partners = terms.alliance().partners();
            for (int i = 0; i < partners.size(); i++) {
                if (partners.get(i).type() == PartnerType.OTHER && partners.get(i).sector() == null) {
                    errors.add(new FieldError("alliance.partners[" + i + "].sector",
                            "is required for a partner of type OTHER, e.g. PUBLIC or CIVIL_SOCIETY"));
                }
            }
        }
        return errors;
    }
}

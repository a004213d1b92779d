package se.klossnet.call.call;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import se.klossnet.platform.problem.Problem.FieldError;

/**
 * Rules across fields that hold for every call, draft or not. Each broken rule names the field to correct; the
 * stricter rules of publication are in {@link PublicationPolicy}.
 */
final class CallTermsPolicy {

    private CallTermsPolicy() {
    }

    static List<FieldError> violations(CallTerms terms) {
        List<FieldError> errors = new ArrayList<>();
        if (!terms.closesAt().isAfter(terms.opensAt())) {
            errors.add(new FieldError("closesAt", "must be after opensAt"));
        }
        if (terms.maxExtentPercent() < terms.minExtentPercent()) {
            errors.add(new FieldError("maxExtentPercent", "must be at least minExtentPercent"));
        }
        if (terms.maxMonths() < terms.minMonths()) {
            errors.add(new FieldError("maxMonths", "must be at least minMonths"));
        }
        if (terms.budgetSek().signum() > 0 && terms.maxGrantSek().compareTo(terms.budgetSek()) > 0) {
            errors.add(new FieldError("maxGrantSek", "must not exceed budgetSek"));
        }
        Set<String> keys = new HashSet<>();
        List<Criterion> criteria = terms.criteriaOrDefault();
        for (int i = 0; i < criteria.size(); i++) {
            if (!keys.add(criteria.get(i).key())) {
                errors.add(new FieldError("criteria[" + i + "].key", "is used by another criterion"));
            }
        }
        return errors;
    }
}

package se.klossnet.call.call;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import se.klossnet.platform.problem.Problem.FieldError;

/** What a call must satisfy to be published: dates in order and still ahead, a budget, weights summing to 100. */
final class PublicationPolicy {

    private PublicationPolicy() {
    }

    static List<FieldError> violations(Call call, Instant now) {
        List<FieldError> errors = new ArrayList<>();
        if (!call.closesAt().isAfter(call.opensAt())) {
            errors.add(new FieldError("closesAt", "must be after opensAt"));
        }
        if (!call.closesAt().isAfter(now)) {
            errors.add(new FieldError("closesAt", "has already passed; move the deadline before publishing"));
        }
        if (call.budgetSek().signum() <= 0) {
            errors.add(new FieldError("budgetSek", "must be greater than 0 to publish"));
        }
        if (call.maxGrantSek().compareTo(call.budgetSek()) > 0) {
            errors.add(new FieldError("maxGrantSek", "must not exceed budgetSek"));
        }
        int weights = call.criteria().stream().mapToInt(Criterion::weight).sum();
        if (weights != 100) {
            errors.add(new FieldError("criteria", "weights must sum to 100, they sum to " + weights));
        }
        return errors;
    }
}

package se.klossnet.platform.problem;

import java.util.List;

/** 400 for a rule that spans fields (dates in order, weights summing to 100), naming each field involved. */
public class ValidationFailed extends ProblemException {

    public ValidationFailed(List<Problem.FieldError> errors) {
        super(400, "validation", "Invalid request", summary(errors), errors);
    }

    public ValidationFailed(String field, String message) {
        this(List.of(new Problem.FieldError(field, message)));
    }

    private static String summary(List<Problem.FieldError> errors) {
        return errors.stream().map(e -> e.field() + ": " + e.message())
                .reduce((a, b) -> a + "; " + b).orElse("the request is invalid");
    }
}

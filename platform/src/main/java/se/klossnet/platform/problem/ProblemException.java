package se.klossnet.platform.problem;

import java.util.List;

/**
 * A domain refusal that becomes a problem+json response. Throw one of the subclasses; the mapper turns it into
 * the response, so resources never build error bodies themselves.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String slug;
    private final String title;
    private final List<Problem.FieldError> errors;

    public ProblemException(int status, String slug, String title, String detail, List<Problem.FieldError> errors) {
        super(detail);
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.errors = List.copyOf(errors);
    }

    public ProblemException(int status, String slug, String title, String detail) {
        this(status, slug, title, detail, List.of());
    }

    public Problem toProblem(String instance) {
        return new Problem(Problem.typeOf(slug), title, status, getMessage(), instance, errors, null, rule());
    }

    /** The retention rule behind a refusal, if any; see {@link RetentionRuleForbids}. */
    protected String rule() {
        return null;
    }

    public int status() {
        return status;
    }
}

package se.klossnet.platform.problem;

/**
 * 409 when the law requires a record to be kept, so a request to erase it is refused. The problem's detail and its
 * {@code rule} member name the rule, so the privacy officer can see why and until when.
 */
public class RetentionRuleForbids extends ProblemException {

    private final String rule;

    public RetentionRuleForbids(String rule, String detail) {
        super(409, "retention-rule", "A retention rule requires the data to be kept", detail);
        this.rule = rule;
    }

    @Override
    protected String rule() {
        return rule;
    }
}

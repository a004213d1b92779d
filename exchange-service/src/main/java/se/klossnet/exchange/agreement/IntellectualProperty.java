package se.klossnet.exchange.agreement;

/** Who owns the results that the exchange produces. */
public enum IntellectualProperty {
    /** The Swedish teachers' exemption (lärarundantaget): the creators own their results. */
    TEACHER_EXEMPTION("Results belong to those who created them, in line with the teachers' exemption "
            + "(lärarundantaget, lag 1949:345 om rätten till arbetstagares uppfinningar, 1 §)."),
    HOST_OWNS("Results that the participant creates at the host and within the host's business belong to the host; "
            + "the participant and the institution keep the right to use them in teaching and research."),
    INSTITUTION_OWNS("Results belong to the institution; the host receives a free, non-exclusive right to use them "
            + "in its own business."),
    JOINT("Results created jointly are owned jointly, in proportion to each party's contribution; each party may use "
            + "them in its own business, teaching and research.");

    private final String clause;

    IntellectualProperty(String clause) {
        this.clause = clause;
    }

    public String clause() {
        return clause;
    }
}

package se.klossnet.exchange.agreement;

/** Who insures the participant during the exchange. */
public enum Insurance {
    /** The state's own insurance through Kammarkollegiet, which covers staff of state institutions. */
    STATE_INSURANCE("The participant is insured through the state's insurance with Kammarkollegiet "
            + "(personskadeskydd and tjänsteresa) as staff of the institution."),
    HOST_INSURANCE("The host insures the participant against injury at its premises for the whole period."),
    EMPLOYER_INSURANCE("The participant's employer keeps the participant insured for the whole period, "
            + "as for any other work.");

    private final String clause;

    Insurance(String clause) {
        this.clause = clause;
    }

    public String clause() {
        return clause;
    }
}

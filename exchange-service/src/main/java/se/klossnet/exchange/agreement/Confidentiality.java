package se.klossnet.exchange.agreement;

/** The confidentiality clause of an agreement. */
public enum Confidentiality {
    /** Each party keeps the other's business secrets; the institution's duties under the Public Access to Information and Secrecy Act apply. */
    STANDARD("Each party keeps confidential what it learns of the other party's business secrets. The institution "
            + "is a public authority; its duties under the Public Access to Information and Secrecy Act "
            + "(offentlighets- och sekretesslagen, 2009:400) take precedence."),
    /** As STANDARD, and the participant also signs the host's non-disclosure undertaking for named projects. */
    EXTENDED("As the standard clause, and in addition the participant keeps confidential the information of the "
            + "projects that the host names in writing before the start, for five years after the end of the exchange.");

    private final String clause;

    Confidentiality(String clause) {
        this.clause = clause;
    }

    public String clause() {
        return clause;
    }
}

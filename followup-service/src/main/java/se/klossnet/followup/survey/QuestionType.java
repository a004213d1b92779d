package se.klossnet.followup.survey;

/**
 * The kinds of question a questionnaire can ask. Only LIKERT_5 answers become scores in SurveyResponded (the
 * national scale is 1-5); NPS answers are summarised here.
 */
public enum QuestionType {
    /** An agreement or value scale from 1 to 5. */
    LIKERT_5(1, 5),
    /** Net Promoter: how likely to recommend, from 0 to 10. */
    NPS_0_10(0, 10),
    /** One of the question's choices. */
    SINGLE_CHOICE(0, 0),
    /** Any number of distinct choices. */
    MULTI_CHOICE(0, 0),
    /** Words; they never leave this service. */
    FREE_TEXT(0, 0);

    private final int min;
    private final int max;

    QuestionType(int min, int max) {
        this.min = min;
        this.max = max;
    }

    public boolean isScore() {
        return this == LIKERT_5 || this == NPS_0_10;
    }

    public boolean hasChoices() {
        return this == SINGLE_CHOICE || this == MULTI_CHOICE;
    }

    public int min() {
        return min;
    }

    public int max() {
        return max;
    }
}

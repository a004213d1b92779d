package se.klossnet.followup.survey;

/** Why a questionnaire was sent. */
public enum SurveyRound {
    /** When the exchange completes, to the participant, the host contact and the manager. */
    END_OF_EXCHANGE,
    /** Some months after completion (12 by default), to the participant: the lasting effects. */
    LONG_TERM,
    /** Sent by a coordinator at any time. */
    ON_DEMAND
}

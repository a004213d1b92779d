package se.klossnet.followup.survey;

import java.util.List;
import se.klossnet.events.followup.RespondentRole;

/** Which questionnaire (template key) each automatic round sends to whom. */
final class Questionnaires {

    static final List<RespondentRole> END_OF_EXCHANGE_RESPONDENTS =
            List.of(RespondentRole.PARTICIPANT, RespondentRole.HOST_CONTACT, RespondentRole.MANAGER);

    private Questionnaires() {
    }

    static String keyFor(SurveyRound round, RespondentRole role) {
        return switch (round) {
            case END_OF_EXCHANGE -> switch (role) {
                case PARTICIPANT -> "participant-end";
                case HOST_CONTACT -> "host-end";
                case MANAGER -> "manager-end";
            };
            case LONG_TERM -> "participant-long-term";
            case ON_DEMAND -> throw new IllegalArgumentException("an on-demand survey names its template");
        };
    }
}

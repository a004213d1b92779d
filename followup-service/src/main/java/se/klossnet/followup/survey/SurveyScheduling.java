package se.klossnet.followup.survey;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import se.klossnet.events.followup.RespondentRole;
import se.klossnet.followup.NodeCalendar;
import se.klossnet.followup.exchange.ExchangeMilestone;

/**
 * The automatic surveys of an exchange. Its start schedules the end-of-exchange surveys; its completion sends them
 * (to the participant, the host contact and the manager) and schedules the long-term survey; its cancellation
 * withdraws whatever has not been answered. Each automatic survey exists once per exchange and respondent, so a
 * repeated or late event changes nothing.
 */
@ApplicationScoped
public class SurveyScheduling {

    private final SurveyDistributionRepository distributions;
    private final SurveyTemplateRepository templates;
    private final SurveyConfig config;
    private final NodeCalendar calendar;

    public SurveyScheduling(SurveyDistributionRepository distributions, SurveyTemplateRepository templates,
                            SurveyConfig config, NodeCalendar calendar) {
        this.distributions = distributions;
        this.templates = templates;
        this.config = config;
        this.calendar = calendar;
    }

    void on(@Observes ExchangeMilestone milestone) {
        Instant now = calendar.now();
        switch (milestone.kind()) {
            case STARTED -> Questionnaires.END_OF_EXCHANGE_RESPONDENTS
                    .forEach(role -> endOfExchange(milestone, role, now));
            case COMPLETED -> {
                Questionnaires.END_OF_EXCHANGE_RESPONDENTS
                        .forEach(role -> endOfExchange(milestone, role, now).open(template(milestone, SurveyRound.END_OF_EXCHANGE, role), now));
                longTerm(milestone, now);
            }
            case CANCELLED -> distributions.withdrawPending(milestone.exchangeId(), now);
        }
    }

    private SurveyDistribution endOfExchange(ExchangeMilestone milestone, RespondentRole role, Instant now) {
        return distributions.automatic(milestone.exchangeId(), SurveyRound.END_OF_EXCHANGE, role).orElseGet(() -> {
            SurveyDistribution d = SurveyDistribution.scheduled(milestone.institution(), milestone.exchangeId(),
                    SurveyRound.END_OF_EXCHANGE, role, Questionnaires.keyFor(SurveyRound.END_OF_EXCHANGE, role), null, now);
            distributions.persist(d);
            return d;
        });
    }

    private void longTerm(ExchangeMilestone milestone, Instant now) {
        if (distributions.automatic(milestone.exchangeId(), SurveyRound.LONG_TERM, RespondentRole.PARTICIPANT).isEmpty()) {
            distributions.persist(SurveyDistribution.scheduled(milestone.institution(), milestone.exchangeId(),
                    SurveyRound.LONG_TERM, RespondentRole.PARTICIPANT,
                    Questionnaires.keyFor(SurveyRound.LONG_TERM, RespondentRole.PARTICIPANT),
                    milestone.on().plusMonths(config.longTermAfterMonths()), now));
        }
    }

    private SurveyTemplate template(ExchangeMilestone milestone, SurveyRound round, RespondentRole role) {
        String key = Questionnaires.keyFor(round, role);
        return templates.latest(milestone.institution(), key)
                .orElseThrow(() -> new IllegalStateException("no questionnaire " + key + " for " + milestone.institution()));
    }
}

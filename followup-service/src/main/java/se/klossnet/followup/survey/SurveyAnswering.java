package se.klossnet.followup.survey;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;
import se.klossnet.events.followup.RespondentRole;
import se.klossnet.events.followup.SurveyResponded;
import se.klossnet.followup.NodeCalendar;
import se.klossnet.followup.exchange.ExchangeAccess;
import se.klossnet.followup.pseudonym.Caller;
import se.klossnet.platform.api.Page;
import se.klossnet.platform.outbox.Outbox;
import se.klossnet.platform.problem.ResourceNotFound;
import se.klossnet.platform.problem.StateConflict;

/**
 * Answering a survey: a host contact or manager through their link, with no account; the participant with their
 * own account. The response is checked against the questionnaire version the survey was sent with, and only its
 * scores are published.
 */
@ApplicationScoped
public class SurveyAnswering {

    private final SurveyDistributionRepository distributions;
    private final SurveyTemplateRepository templates;
    private final SurveyResponseRepository responses;
    private final ExchangeAccess access;
    private final Outbox outbox;
    private final NodeCalendar calendar;

    public SurveyAnswering(SurveyDistributionRepository distributions, SurveyTemplateRepository templates,
                           SurveyResponseRepository responses, ExchangeAccess access, Outbox outbox,
                           NodeCalendar calendar) {
        this.distributions = distributions;
        this.templates = templates;
        this.responses = responses;
        this.access = access;
        this.outbox = outbox;
        this.calendar = calendar;
    }

    @Transactional
    public QuestionnaireView questionnaireByLink(String token) {
        SurveyDistribution distribution = LinkPolicy.requireUsable(
                distributions.byTokenHash(LinkTokens.hash(token)).orElse(null), calendar.now());
        return QuestionnaireView.of(templateOf(distribution), distribution.linkExpiresAt());
    }

    @Transactional
    public UUID answerByLink(String token, AnswerSheet sheet) {
        Instant now = calendar.now();
        SurveyDistribution distribution = LinkPolicy.requireUsable(
                distributions.byTokenHashForUpdate(LinkTokens.hash(token)).orElse(null), now);
        return answer(distribution, sheet, now, true);
    }

    @Transactional
    public Page<DistributionView> mine(Caller caller, DistributionStatus status, int page, int size) {
        var query = distributions.ofParticipant(caller.institution(), caller.pseudonym(), status).page(page, size);
        return new Page<>(query.list().stream().map(DistributionView::of).toList(), page, size, query.count());
    }

    @Transactional
    public QuestionnaireView questionnaireOfMine(Caller caller, UUID distributionId) {
        SurveyDistribution distribution = requireMine(caller, distributionId);
        if (distribution.status() == DistributionStatus.SCHEDULED) {
            throw new ResourceNotFound("survey", distributionId);
        }
        return QuestionnaireView.of(templateOf(distribution), null);
    }

    @Transactional
    public UUID answerAsParticipant(Caller caller, UUID distributionId, AnswerSheet sheet) {
        SurveyDistribution distribution = requireMine(caller, distributionId);
        if (distribution.status() != DistributionStatus.OPEN) {
            throw new StateConflict("survey " + distributionId + " is " + distribution.status() + " and takes no answer");
        }
        return answer(distribution, sheet, calendar.now(), false);
    }

    private UUID answer(SurveyDistribution distribution, AnswerSheet sheet, Instant now, boolean throughLink) {
        SurveyTemplate template = templateOf(distribution);
        AnswerRules.Checked checked = AnswerRules.check(template.questions(), sheet.answers());
        distribution.answered(now, throughLink);
        SurveyResponse response = SurveyResponse.of(distribution, checked, now);
        responses.persist(response);
        outbox.record(distribution.institution(), new SurveyResponded(distribution.exchangeId(), template.surveyId(),
                response.id().toString(), distribution.respondentRole(),
                checked.nationalScores(template.questions())));
        responses.flush(); // a concurrent answer fails here with 409, not after the response is built
        return response.id();
    }

    /** The participant's own survey; anyone else's is "not found". */
    private SurveyDistribution requireMine(Caller caller, UUID distributionId) {
        SurveyDistribution distribution = distributions.findById(distributionId);
        if (distribution == null || !distribution.institution().equals(caller.institution())
                || distribution.respondentRole() != RespondentRole.PARTICIPANT) {
            throw new ResourceNotFound("survey", distributionId);
        }
        ExchangeAccess.Granted granted;
        try {
            granted = access.require(caller, distribution.exchangeId());
        } catch (ResourceNotFound e) {
            throw new ResourceNotFound("survey", distributionId);
        }
        if (!granted.asParticipant()) {
            throw new ResourceNotFound("survey", distributionId);
        }
        return distribution;
    }

    private SurveyTemplate templateOf(SurveyDistribution distribution) {
        SurveyTemplate template = distribution.templateId() == null ? null : templates.findById(distribution.templateId());
        if (template == null) {
            throw new IllegalStateException("open survey " + distribution.id() + " has no questionnaire");
        }
        return template;
    }
}

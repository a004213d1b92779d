package se.klossnet.followup.survey;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;
import se.klossnet.followup.NodeCalendar;
import se.klossnet.followup.exchange.ExchangeAccess;
import se.klossnet.followup.exchange.FollowedExchange;
import se.klossnet.followup.pseudonym.Caller;
import se.klossnet.platform.api.Page;
import se.klossnet.platform.problem.ResourceNotFound;
import se.klossnet.platform.problem.StateConflict;
import se.klossnet.platform.problem.ValidationFailed;
import se.klossnet.platform.scope.InstitutionScope;

/** Coordinators' side of surveys: what was sent, sending on demand, issuing links, reading responses. */
@ApplicationScoped
public class SurveyDistributions {

    private final SurveyDistributionRepository distributions;
    private final SurveyTemplateRepository templates;
    private final SurveyResponseRepository responses;
    private final ExchangeAccess access;
    private final SurveyConfig config;
    private final NodeCalendar calendar;

    public SurveyDistributions(SurveyDistributionRepository distributions, SurveyTemplateRepository templates,
                               SurveyResponseRepository responses, ExchangeAccess access, SurveyConfig config,
                               NodeCalendar calendar) {
        this.distributions = distributions;
        this.templates = templates;
        this.responses = responses;
        this.access = access;
        this.config = config;
        this.calendar = calendar;
    }

    public Page<DistributionView> search(String institution, SurveyDistributionRepository.Filter filter, int page,
                                         int size) {
        var query = distributions.search(institution, filter).page(page, size);
        return new Page<>(query.list().stream().map(DistributionView::of).toList(), page, size, query.count());
    }

    public DistributionView get(String institution, UUID id) {
        return DistributionView.of(find(institution, id));
    }

    @Transactional
    public DistributionView sendOnDemand(Caller caller, OnDemandSurvey request) {
        FollowedExchange exchange = access.requireCoordinated(caller, request.exchangeId());
        if (exchange.isCancelled()) {
            throw new StateConflict("exchange " + exchange.id() + " was cancelled; no survey goes out for it");
        }
        SurveyTemplate template = templates.latest(caller.institution(), request.templateKey())
                .orElseThrow(() -> new ValidationFailed("templateKey", "no questionnaire " + request.templateKey()));
        SurveyDistribution distribution = SurveyDistribution.sentNow(exchange.institution(), exchange.id(),
                SurveyRound.ON_DEMAND, template, calendar.now());
        distributions.persist(distribution);
        distributions.flush();
        return DistributionView.of(distribution);
    }

    /**
     * Issues a new response link for a host contact's or manager's survey. Any earlier link of the survey stops
     * working, so a reminder can go out with a fresh link.
     */
    @Transactional
    public LinkView issueLink(String institution, UUID id) {
        SurveyDistribution distribution = find(institution, id);
        String token = LinkTokens.newToken();
        Instant now = calendar.now();
        Instant expiresAt = now.plus(config.linkValidity());
        distribution.issueLink(LinkTokens.hash(token), now, expiresAt);
        distributions.flush();
        String url = config.publicBaseUrl().replaceAll("/+$", "") + "/survey-links/" + token;
        return new LinkView(distribution.id(), token, url, expiresAt);
    }

    public ResponseView response(String institution, UUID id) {
        SurveyDistribution distribution = find(institution, id);
        return responses.ofDistribution(distribution.id()).map(ResponseView::of)
                .orElseThrow(() -> new ResourceNotFound("response to survey", id));
    }

    private SurveyDistribution find(String institution, UUID id) {
        return InstitutionScope.requireOwn(distributions.findById(id), institution, "survey", id);
    }
}

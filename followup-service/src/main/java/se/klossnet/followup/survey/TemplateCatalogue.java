package se.klossnet.followup.survey;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;
import org.hibernate.exception.ConstraintViolationException;
import se.klossnet.events.followup.RespondentRole;
import se.klossnet.followup.NodeCalendar;
import se.klossnet.platform.api.Page;
import se.klossnet.platform.problem.ResourceNotFound;
import se.klossnet.platform.problem.StateConflict;
import se.klossnet.platform.problem.ValidationFailed;

/** The questionnaires an institution can send: the network's defaults and its own versions. */
@ApplicationScoped
public class TemplateCatalogue {

    private final SurveyTemplateRepository templates;
    private final NodeCalendar calendar;

    public TemplateCatalogue(SurveyTemplateRepository templates, NodeCalendar calendar) {
        this.templates = templates;
        this.calendar = calendar;
    }

    public Page<TemplateView> search(String institution, String key, RespondentRole role, int page, int size) {
        var query = templates.search(institution, key, role).page(page, size);
        return new Page<>(query.list().stream().map(TemplateView::of).toList(), page, size, query.count());
    }

    public TemplateView get(String institution, UUID id) {
        SurveyTemplate template = templates.findById(id);
        if (template == null || !template.visibleTo(institution)) {
            throw new ResourceNotFound("survey template", id);
        }
        return TemplateView.of(template);
    }

    @Transactional
    public TemplateView publish(String institution, TemplateDraft draft) {
        TemplateRules.check(draft);
        int version = 1;
        var latest = templates.latest(institution, draft.key());
        if (latest.isPresent()) {
            if (latest.get().respondentRole() != draft.respondentRole()) {
                throw new ValidationFailed("respondentRole", "template " + draft.key() + " is for "
                        + latest.get().respondentRole() + "; a new version cannot change that");
            }
            version = latest.get().version() + 1;
        }
        SurveyTemplate template = SurveyTemplate.version(institution, version, draft, calendar.now());
        try {
            templates.persist(template);
            templates.flush();
        } catch (ConstraintViolationException e) {
            throw new StateConflict("version " + version + " of " + draft.key() + " was published at the same time; retry");
        }
        return TemplateView.of(template);
    }
}

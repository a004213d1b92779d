package se.klossnet.followup.survey;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import se.klossnet.events.followup.RespondentRole;

/**
 * One immutable version of a questionnaire. A change is a new version, so every response stays tied to the exact
 * questions it answered. Templates without an institution are the network's defaults, which every institution sees.
 */
@Entity
@Table(name = "survey_template")
public class SurveyTemplate {

    @Id
    private UUID id;

    @Column(updatable = false)
    private String institution;

    @Column(name = "template_key", nullable = false, updatable = false)
    private String templateKey;

    @Column(nullable = false, updatable = false)
    private int version;

    @Enumerated(EnumType.STRING)
    @Column(name = "respondent_role", nullable = false, updatable = false)
    private RespondentRole respondentRole;

    @Column(name = "title_sv", nullable = false, updatable = false)
    private String titleSv;

    @Column(name = "title_en", nullable = false, updatable = false)
    private String titleEn;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, updatable = false)
    private List<Question> questions = new ArrayList<>();

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected SurveyTemplate() {
        // for JPA
    }

    static SurveyTemplate version(String institution, int version, TemplateDraft draft, Instant at) {
        SurveyTemplate template = new SurveyTemplate();
        template.id = UUID.randomUUID();
        template.institution = institution;
        template.templateKey = draft.key();
        template.version = version;
        template.respondentRole = draft.respondentRole();
        template.titleSv = draft.titleSv().strip();
        template.titleEn = draft.titleEn().strip();
        template.questions = new ArrayList<>(draft.questions());
        template.createdAt = at;
        return template;
    }

    /** Defaults (no institution) are visible to all; an institution's own versions only to it. */
    boolean visibleTo(String institution) {
        return this.institution == null || this.institution.equals(institution);
    }

    /** The name under which responses to this version are published, e.g. {@code participant-end.v1}. */
    String surveyId() {
        return templateKey + ".v" + version;
    }

    Optional<Question> question(String key) {
        return questions.stream().filter(q -> q.key().equals(key)).findFirst();
    }

    public UUID id() {
        return id;
    }

    public String institution() {
        return institution;
    }

    public String templateKey() {
        return templateKey;
    }

    public int version() {
        return version;
    }

    public RespondentRole respondentRole() {
        return respondentRole;
    }

    public String titleSv() {
        return titleSv;
    }

    public String titleEn() {
        return titleEn;
    }

    public List<Question> questions() {
        return List.copyOf(questions);
    }

    public Instant createdAt() {
        return createdAt;
    }
}

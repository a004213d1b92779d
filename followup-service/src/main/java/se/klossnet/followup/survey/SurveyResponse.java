package se.klossnet.followup.survey;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import se.klossnet.platform.scope.InstitutionOwned;

/** The answers to one survey. Free text stays here; only the scores are published. */
@Entity
@Table(name = "survey_response")
public class SurveyResponse implements InstitutionOwned {

    @Id
    private UUID id;

    @Column(nullable = false, updatable = false)
    private String institution;

    @Column(name = "distribution_id", nullable = false, updatable = false)
    private UUID distributionId;

    @Column(name = "template_id", nullable = false, updatable = false)
    private UUID templateId;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, updatable = false)
    private Map<String, Object> answers = new LinkedHashMap<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, updatable = false)
    private Map<String, Integer> scores = new LinkedHashMap<>();

    @Column(name = "answered_at", nullable = false, updatable = false)
    private Instant answeredAt;

    protected SurveyResponse() {
        // for JPA
    }

    static SurveyResponse of(SurveyDistribution distribution, AnswerRules.Checked checked, Instant at) {
        SurveyResponse response = new SurveyResponse();
        response.id = UUID.randomUUID();
        response.institution = distribution.institution();
        response.distributionId = distribution.id();
        response.templateId = distribution.templateId();
        response.answers = new LinkedHashMap<>(checked.answers());
        response.scores = new LinkedHashMap<>(checked.scores());
        response.answeredAt = at;
        return response;
    }

    public UUID id() {
        return id;
    }

    @Override
    public String institution() {
        return institution;
    }

    public UUID distributionId() {
        return distributionId;
    }

    public UUID templateId() {
        return templateId;
    }

    public Map<String, Object> answers() {
        return Map.copyOf(answers);
    }

    public Map<String, Integer> scores() {
        return Map.copyOf(scores);
    }

    public Instant answeredAt() {
        return answeredAt;
    }
}

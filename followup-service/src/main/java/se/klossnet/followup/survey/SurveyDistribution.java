package se.klossnet.followup.survey;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import se.klossnet.events.followup.RespondentRole;
import se.klossnet.platform.problem.StateConflict;
import se.klossnet.platform.scope.InstitutionOwned;

/**
 * One questionnaire sent (or to be sent) to one respondent of one exchange. Host contacts and managers answer
 * through a single-use link; only the SHA-256 of its token is stored, so the database cannot give a link away.
 */
@Entity
@Table(name = "survey_distribution")
public class SurveyDistribution implements InstitutionOwned {

    @Id
    private UUID id;

    @Column(nullable = false, updatable = false)
    private String institution;

    @Column(name = "exchange_id", nullable = false, updatable = false)
    private String exchangeId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private SurveyRound round;

    @Enumerated(EnumType.STRING)
    @Column(name = "respondent_role", nullable = false, updatable = false)
    private RespondentRole respondentRole;

    @Column(name = "template_key", nullable = false, updatable = false)
    private String templateKey;

    @Column(name = "template_id")
    private UUID templateId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DistributionStatus status;

    @Column(name = "opens_on")
    private LocalDate opensOn;

    @Column(name = "opened_at")
    private Instant openedAt;

    @Column(name = "link_token_hash")
    private String linkTokenHash;

    @Column(name = "link_issued_at")
    private Instant linkIssuedAt;

    @Column(name = "link_expires_at")
    private Instant linkExpiresAt;

    @Column(name = "link_used_at")
    private Instant linkUsedAt;

    @Column(name = "reminders_sent", nullable = false)
    private int remindersSent;

    @Column(name = "last_reminded_at")
    private Instant lastRemindedAt;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected SurveyDistribution() {
        // for JPA
    }

    /** A survey that waits for its trigger; {@code opensOn} null means "when the exchange completes". */
    static SurveyDistribution scheduled(String institution, String exchangeId, SurveyRound round, RespondentRole role,
                                        String templateKey, LocalDate opensOn, Instant at) {
        SurveyDistribution d = new SurveyDistribution();
        d.id = UUID.randomUUID();
        d.institution = institution;
        d.exchangeId = exchangeId;
        d.round = round;
        d.respondentRole = role;
        d.templateKey = templateKey;
        d.status = DistributionStatus.SCHEDULED;
        d.opensOn = opensOn;
        d.createdAt = at;
        return d;
    }

    static SurveyDistribution sentNow(String institution, String exchangeId, SurveyRound round, SurveyTemplate template,
                                      Instant at) {
        SurveyDistribution d = scheduled(institution, exchangeId, round, template.respondentRole(),
                template.templateKey(), null, at);
        d.open(template, at);
        return d;
    }

    /** Sends it: the questionnaire version is fixed now, so later versions do not change what was asked. */
    void open(SurveyTemplate template, Instant at) {
        if (status != DistributionStatus.SCHEDULED) {
            return;
        }
        templateId = template.id();
        status = DistributionStatus.OPEN;
        openedAt = at;
    }

    boolean answersByLink() {
        return respondentRole != RespondentRole.PARTICIPANT;
    }

    /** A new link replaces an earlier one, which stops working. */
    void issueLink(String tokenHash, Instant at, Instant expiresAt) {
        if (!answersByLink()) {
            throw new StateConflict("the participant answers with their own account, not through a link");
        }
        if (status != DistributionStatus.OPEN) {
            throw new StateConflict("survey " + id + " is " + status + "; only an open survey gets a link");
        }
        linkTokenHash = tokenHash;
        linkIssuedAt = at;
        linkExpiresAt = expiresAt;
    }

    void answered(Instant at, boolean throughLink) {
        if (status != DistributionStatus.OPEN) {
            throw new StateConflict("survey " + id + " is " + status + " and takes no answer");
        }
        status = DistributionStatus.ANSWERED;
        answeredAt = at;
        if (throughLink) {
            linkUsedAt = at;
        }
    }

    public UUID id() {
        return id;
    }

    @Override
    public String institution() {
        return institution;
    }

    public String exchangeId() {
        return exchangeId;
    }

    public SurveyRound round() {
        return round;
    }

    public RespondentRole respondentRole() {
        return respondentRole;
    }

    public String templateKey() {
        return templateKey;
    }

    public UUID templateId() {
        return templateId;
    }

    public DistributionStatus status() {
        return status;
    }

    public LocalDate opensOn() {
        return opensOn;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public Instant linkIssuedAt() {
        return linkIssuedAt;
    }

    public Instant linkExpiresAt() {
        return linkExpiresAt;
    }

    public Instant linkUsedAt() {
        return linkUsedAt;
    }

    public int remindersSent() {
        return remindersSent;
    }

    public Instant lastRemindedAt() {
        return lastRemindedAt;
    }

    public Instant answeredAt() {
        return answeredAt;
    }

    public Instant withdrawnAt() {
        return withdrawnAt;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }
}

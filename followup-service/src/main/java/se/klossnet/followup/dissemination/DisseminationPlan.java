package se.klossnet.followup.dissemination;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import se.klossnet.platform.scope.InstitutionOwned;

/** An exchange's dissemination plan and, once the grant has ended, its closing statement. */
@Entity
@Table(name = "dissemination_plan")
public class DisseminationPlan implements InstitutionOwned {

    @Id
    @Column(name = "exchange_id")
    private String exchangeId;

    @Column(nullable = false, updatable = false)
    private String institution;

    @Column(name = "expected_result")
    private String expectedResult;

    @Column(name = "learning_needs")
    private String learningNeeds;

    @Column(name = "users_and_recipients")
    private String usersAndRecipients;

    @Column(name = "spreading_activities")
    private String spreadingActivities;

    @Column(name = "time_plan_and_resources")
    private String timePlanAndResources;

    @Column(name = "lives_on_without_grant")
    private String livesOnWithoutGrant;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "planned_activities", nullable = false)
    private Map<String, Integer> plannedActivities = new java.util.LinkedHashMap<>();

    @Column(name = "closing_statement")
    private String closingStatement;

    @Column(name = "closing_statement_on")
    private LocalDate closingStatementOn;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected DisseminationPlan() {
        // for JPA
    }

    static DisseminationPlan empty(String institution, String exchangeId, Instant at) {
        DisseminationPlan plan = new DisseminationPlan();
        plan.exchangeId = exchangeId;
        plan.institution = institution;
        plan.updatedAt = at;
        return plan;
    }

    void plan(PlanDraft draft, Instant at) {
        ControlAnswers a = draft.answers();
        expectedResult = a == null ? null : clean(a.expectedResult());
        learningNeeds = a == null ? null : clean(a.learningNeeds());
        usersAndRecipients = a == null ? null : clean(a.usersAndRecipients());
        spreadingActivities = a == null ? null : clean(a.spreadingActivities());
        timePlanAndResources = a == null ? null : clean(a.timePlanAndResources());
        livesOnWithoutGrant = a == null ? null : clean(a.livesOnWithoutGrant());
        plannedActivities = new java.util.LinkedHashMap<>();
        if (draft.plannedActivities() != null) {
            draft.plannedActivities().forEach((type, count) -> {
                if (count > 0) {
                    plannedActivities.put(type.name(), count);
                }
            });
        }
        updatedAt = at;
    }

    void close(String statement, LocalDate on, Instant at) {
        closingStatement = statement.strip();
        closingStatementOn = on;
        updatedAt = at;
    }

    private static String clean(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public ControlAnswers answers() {
        return new ControlAnswers(expectedResult, learningNeeds, usersAndRecipients, spreadingActivities,
                timePlanAndResources, livesOnWithoutGrant);
    }

    public Map<ActivityType, Integer> plannedActivities() {
        Map<ActivityType, Integer> planned = new EnumMap<>(ActivityType.class);
        plannedActivities.forEach((type, count) -> planned.put(ActivityType.valueOf(type), count));
        return planned;
    }

    public String exchangeId() {
        return exchangeId;
    }

    @Override
    public String institution() {
        return institution;
    }

    public String closingStatement() {
        return closingStatement;
    }

    public LocalDate closingStatementOn() {
        return closingStatementOn;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }
}
